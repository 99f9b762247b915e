using System.Text;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>POST /release_task: content types, aliases, the three lookup sources, coercion and the error order (see docs/protocol.md, "Parameters of /release_task").</summary>
public sealed class ReleaseTaskParsingTests
{
    private const string UnsupportedTail = "; use application/json, application/x-www-form-urlencoded, or multipart/form-data";

    [Fact]
    public async Task JSON_submission_answers_the_queued_envelope()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.PostJsonAsync("/release_task",
            """{"prompt":"upbeat synth-pop, female vocal","lyrics":"[Verse]\nHello world","audio_duration":1,"bpm":120,"batch_size":1,"audio_format":"wav"}""");
        var data = await Json.ReadEnvelopeAsync(response);

        Assert.Equal(["task_id", "status", "queue_position"], Json.Keys(data));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", data.GetProperty("task_id").GetString());
        Assert.Equal("queued", data.GetProperty("status").GetString());
        Assert.Equal(1, data.GetProperty("queue_position").GetInt32());
    }

    [Fact]
    public async Task Queue_position_counts_waiting_jobs_including_this_one()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        var first = await sim.SubmitAsync("{}");
        await WaitUntilRunningAsync(sim, first);

        using var second = await sim.PostJsonAsync("/release_task", "{}");
        using var third = await sim.PostJsonAsync("/release_task", "{}");

        Assert.Equal(1, (await Json.ReadEnvelopeAsync(second)).GetProperty("queue_position").GetInt32());
        Assert.Equal(2, (await Json.ReadEnvelopeAsync(third)).GetProperty("queue_position").GetInt32());
    }

    [Fact]
    public async Task JSON_array_is_not_an_object()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", "[1,2]"), 400, "JSON payload must be an object");
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_in_version_B()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", "{\"prompt\":"), 400, "Malformed JSON payload");
    }

    [Fact]
    public async Task Plus_JSON_content_type_is_JSON()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var content = new StringContent("{\"audio_format\":\"wav\"}", Encoding.UTF8, "application/vnd.api+json");

        var receipt = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", content));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Missing_content_type_with_a_JSON_body_is_parsed_best_effort()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var receipt = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", RawBody("  {\"prompt\":\"x\"}", null)));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Missing_content_type_with_broken_JSON_gets_the_hint()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", RawBody("{nope", null)),
            400, "Invalid JSON body (hint: set 'Content-Type: application/json')");
    }

    [Fact]
    public async Task Other_content_type_with_an_array_is_not_an_object()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", RawBody("[1]", "text/plain")),
            400, "JSON payload must be an object");
    }

    [Fact]
    public async Task Other_content_type_with_key_value_pairs_is_parsed_as_a_query_string()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var id = (await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task",
            RawBody("caption=hello%20world&duration=1&audio_format=wav&batch_size=1&bpm=90&bpm=100", "text/plain")))).GetProperty("task_id").GetString()!;

        var item = (await sim.WaitForItemsAsync(id))[0];
        Assert.Equal("hello world", item.GetProperty("prompt").GetString());
        Assert.Equal(90, item.GetProperty("metas").GetProperty("bpm").GetInt32());
    }

    [Fact]
    public async Task Missing_content_type_and_body_is_415()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", null), 415, "Unsupported Content-Type: (missing)" + UnsupportedTail);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415_with_the_content_type()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", RawBody("hello", "text/plain")),
            415, "Unsupported Content-Type: text/plain" + UnsupportedTail);
    }

    [Fact]
    public async Task URL_encoded_form_uses_aliases_and_coerces_strings()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["caption"] = "form caption", ["duration"] = "2", ["bpm"] = " 130 ", ["keyscale"] = "D minor",
            ["timeSignature"] = "3", ["audio_format"] = "wav", ["batch_size"] = "1",
        });

        var id = (await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form))).GetProperty("task_id").GetString()!;

        var metas = (await sim.WaitForItemsAsync(id))[0].GetProperty("metas");
        Assert.Equal(130, metas.GetProperty("bpm").GetInt32());
        Assert.Equal(2.0, metas.GetProperty("duration").GetDouble());
        Assert.Equal("D minor", metas.GetProperty("keyscale").GetString());
        Assert.Equal("3", metas.GetProperty("timesignature").GetString());
        Assert.Equal("form caption", metas.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Null_counts_as_absent_so_param_obj_supplies_the_value()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var metas = await MetasOfAsync(sim, """{"bpm":null,"param_obj":{"bpm":100},"audio_duration":1,"audio_format":"wav","batch_size":1}""");

        Assert.Equal(100, metas.GetProperty("bpm").GetInt32());
    }

    [Fact]
    public async Task Metadata_objects_are_the_third_source_and_may_be_JSON_strings()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var metas = await MetasOfAsync(sim,
            """{"metas":{},"meta":"{\"bpm\":77,\"key\":\"E minor\",\"targetDuration\":1.5}","audio_format":"wav","batch_size":1}""");

        Assert.Equal(77, metas.GetProperty("bpm").GetInt32());
        Assert.Equal("E minor", metas.GetProperty("keyscale").GetString());
        Assert.Equal(1.5, metas.GetProperty("duration").GetDouble());
    }

    [Fact]
    public async Task Top_level_wins_over_param_obj()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var metas = await MetasOfAsync(sim, """{"bpm":120,"param_obj":"{\"bpm\":60}","audio_duration":1,"audio_format":"wav","batch_size":1}""");

        Assert.Equal(120, metas.GetProperty("bpm").GetInt32());
    }

    [Theory]
    [InlineData("120.5")]
    [InlineData("\"120.5\"")]
    [InlineData("\"8.0\"")]
    [InlineData("\"fast\"")]
    public async Task Non_integer_BPM_silently_becomes_the_default(string bpm)
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        var metas = await MetasOfAsync(sim, $$"""{"bpm":{{bpm}},"audio_duration":1,"audio_format":"wav","batch_size":1}""");

        Assert.Equal("N/A", metas.GetProperty("bpm").GetString());
    }

    [Fact]
    public async Task Format_means_use_format_not_the_audio_format()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"format":"wav","prompt":"x","audio_duration":1,"batch_size":1}""");

        var file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;

        Assert.EndsWith(".mp3", AudioUrl.PathOf(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/passwd", "absolute audio file paths are not allowed")]
    [InlineData("../song.mp3", "path traversal in audio file paths is not allowed")]
    [InlineData("music/../../song.mp3", "path traversal in audio file paths is not allowed")]
    public async Task Version_B_rejects_unsafe_text_paths(string path, string detail)
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/release_task", JsonSerializer.Serialize(new { task_type = "cover", ctx_audio_path = path })), 400, detail);
    }

    [Fact]
    public async Task Version_B_accepts_a_path_inside_its_own_folders()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var first = await sim.SubmitAsync("""{"audio_duration":1,"audio_format":"wav","batch_size":1}""");
        var generated = AudioUrl.PathOf((await sim.WaitForItemsAsync(first))[0].GetProperty("file").GetString()!);

        var cover = await sim.SubmitAsync(JsonSerializer.Serialize(new { task_type = "cover", src_audio_path = generated, audio_format = "wav", batch_size = 1 }));

        Assert.Equal(1, (await sim.WaitForFinishAsync(cover)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Multipart_upload_is_used_as_the_source_and_deleted_after_the_job()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(1.5));
        var tempFolder = Path.GetDirectoryName(sim.Server.OutputDirectory)!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("repaint"), "task_type" },
            { new StringContent("guitar solo"), "prompt" },
            { new StringContent("10"), "repainting_start" },
            { new StringContent("20"), "repainting_end" },
            { new StringContent("wav"), "audio_format" },
            { new StringContent("1"), "audio_duration" },
            { new StringContent("1"), "batch_size" },
            { new ByteArrayContent(Encoding.ASCII.GetBytes("ID3 fake mp3 bytes")), "src_audio", "song.mp3" },
        };

        var id = (await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form))).GetProperty("task_id").GetString()!;
        var uploaded = Directory.GetFiles(tempFolder, "src_audio_*");

        Assert.Single(uploaded);
        Assert.EndsWith(".mp3", uploaded[0], StringComparison.Ordinal);
        Assert.Equal(1, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
        Assert.Empty(Directory.GetFiles(tempFolder, "src_audio_*"));
    }

    [Fact]
    public async Task Multipart_text_field_named_src_audio_is_not_a_file_so_the_repaint_has_no_source()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new MultipartFormDataContent { { new StringContent("repaint"), "task_type" }, { new StringContent("song.mp3"), "src_audio" } };

        var id = (await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form))).GetProperty("task_id").GetString()!;

        Assert.Equal(2, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Multipart_repeated_fields_become_a_list_for_track_classes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("drums"), "track_classes" }, { new StringContent("bass"), "track_classes" }, { new StringContent("wav"), "audio_format" },
        };

        var receipt = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Multipart_field_over_one_mebibyte_is_400()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new MultipartFormDataContent { { new StringContent(new string('a', (1024 * 1024) + 1)), "lyrics" } };

        await Json.AssertDetailAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form), 400, "Part exceeded maximum size of 1024KB.");
    }

    [Theory]
    [InlineData("""{"lm_backend":"tensorrt"}""")]
    [InlineData("""{"chunk_mask_mode":"manual"}""")]
    [InlineData("""{"repaint_mode":"wild"}""")]
    [InlineData("""{"repaint_strength":1.5}""")]
    [InlineData("""{"seed":3.7}""")]
    [InlineData("""{"seed":[1,2]}""")]
    [InlineData("""{"track_classes":[1,2]}""")]
    public async Task Typed_request_failures_are_plain_text_500(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/release_task", body));
    }

    [Fact]
    public async Task Full_queue_answers_429_and_leaves_an_orphan_record_that_stats_count()
    {
        await using var sim = await RunningSimulator.StartAsync(o =>
        {
            o.QueueCapacity = 1;
            o.FixedGenerationTime = TimeSpan.FromSeconds(30);
        });
        var running = await sim.SubmitAsync("{}");
        await WaitUntilRunningAsync(sim, running);
        await sim.SubmitAsync("{}");

        using var rejected = await sim.PostJsonAsync("/release_task", "{}");

        await Json.AssertDetailAsync(rejected, 429, "Server busy: queue is full");
        var jobs = (await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"))).GetProperty("jobs");
        Assert.Equal(3, jobs.GetProperty("total").GetInt32());
        Assert.Equal(2, jobs.GetProperty("queued").GetInt32());
        Assert.Equal(1, jobs.GetProperty("running").GetInt32());
    }

    internal static async Task WaitUntilRunningAsync(RunningSimulator sim, string taskId)
    {
        for (var i = 0; i < 1500; i++)
        {
            var items = Json.ResultItems(await sim.QueryAsync(taskId));
            if (items.Length > 0 && items[0].GetProperty("stage").GetString() != "queued")
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The job never started.");
    }

    private static async Task<JsonElement> MetasOfAsync(RunningSimulator sim, string body) =>
        (await sim.WaitForItemsAsync(await sim.SubmitAsync(body)))[0].GetProperty("metas");

    private static ByteArrayContent RawBody(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }
}
