using System.Text;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>POST /query_result: request forms, unknown ids, and the result items of every job state (see docs/protocol.md, "Polling: /query_result").</summary>
public sealed class QueryResultTests
{
    private const string OneWavFile = """{"prompt":"upbeat synth-pop","lyrics":"[Verse]\nHello world","audio_duration":1,"audio_format":"wav","batch_size":1}""";

    [Fact]
    public async Task Unknown_IDs_look_still_working_with_an_empty_result()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":["unknown-id"]}"""));

        var entry = Assert.Single(data.EnumerateArray());
        Assert.Equal(["task_id", "result", "status"], Json.Keys(entry));
        Assert.Equal("unknown-id", entry.GetProperty("task_id").GetString());
        Assert.Equal("[]", entry.GetProperty("result").GetString());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task IDs_keep_their_order_and_duplicates()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":["b","a","b"]}"""));

        Assert.Equal(["b", "a", "b"], data.EnumerateArray().Select(e => e.GetProperty("task_id").GetString()));
    }

    [Fact]
    public async Task Task_ID_list_may_be_a_JSON_string()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":"[\"x\",\"y\"]"}"""));

        Assert.Equal(2, data.GetArrayLength());
    }

    [Fact]
    public async Task Task_ID_list_as_a_form_field()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["task_id_list"] = "[\"7c9e6679\"]" });

        var data = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/query_result", form));

        Assert.Equal("7c9e6679", data[0].GetProperty("task_id").GetString());
    }

    [Fact]
    public async Task A_string_that_decodes_to_a_string_is_iterated_character_by_character()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":"\"ab\""}"""));

        Assert.Equal(["a", "b"], data.EnumerateArray().Select(e => e.GetProperty("task_id").GetString()));
    }

    [Theory]
    [InlineData("""{"task_id_list":"not json"}""")]
    [InlineData("""{}""")]
    public async Task Unreadable_or_missing_list_gives_no_entries(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", body));

        Assert.Equal(0, data.GetArrayLength());
    }

    [Fact]
    public async Task JSON_body_without_a_JSON_content_type_is_an_empty_form()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var content = new StringContent("""{"task_id_list":["x"]}""", Encoding.UTF8, "text/plain");
        var data = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/query_result", content));

        Assert.Equal(0, data.GetArrayLength());
    }

    [Theory]
    [InlineData("""["x"]""")]
    [InlineData("""{"task_id_list":""")]
    public async Task Non_object_or_malformed_JSON_is_plain_text_500(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/query_result", body));
    }

    [Fact]
    public async Task Queued_job_shows_the_store_item()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        var running = await sim.SubmitAsync("{}");
        await ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, running);
        var queued = await sim.SubmitAsync("{}");

        var entry = await sim.QueryAsync(queued);

        Assert.Equal(["task_id", "status", "result", "progress_text"], Json.Keys(entry));
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        var item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "prompt", "lyrics", "metas", "progress", "stage", "error"], Json.Keys(item));
        Assert.Equal("queued", item.GetProperty("stage").GetString());
        Assert.Equal(0.0, item.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("error").ValueKind);
        Assert.Equal("development", item.GetProperty("env").GetString());
        Assert.Contains("\"stage\": \"queued\"", entry.GetProperty("result").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_job_shows_the_cache_item_with_progress_and_stage()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        var id = await sim.SubmitAsync("{}");
        await ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, id);

        var entry = await sim.QueryAsync(id);

        var item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "progress", "stage"], Json.Keys(item));
        Assert.InRange(item.GetProperty("progress").GetDouble(), 0.01, 0.99);
        Assert.Contains("| INFO | [generate_music]", entry.GetProperty("progress_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Succeeded_job_has_one_item_per_file_with_the_upstream_fields()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"prompt":"upbeat synth-pop","lyrics":"[Verse]\nHello world","audio_duration":1,"bpm":120,"audio_format":"wav"}""");

        var entry = await sim.WaitForFinishAsync(id);
        var items = Json.ResultItems(entry);

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal(2, items.Length);
        Assert.Equal(
            ["file", "wave", "status", "create_time", "env", "prompt", "lyrics", "metas", "generation_info", "seed_value", "lm_model", "dit_model", "progress", "stage"],
            Json.Keys(items[0]));
        Assert.NotEqual(items[0].GetProperty("file").GetString(), items[1].GetProperty("file").GetString());
        var metas = items[0].GetProperty("metas");
        Assert.Equal(["bpm", "duration", "genres", "keyscale", "timesignature", "prompt", "lyrics"], Json.Keys(metas));
        Assert.Equal(120, metas.GetProperty("bpm").GetInt32());
        Assert.Equal("N/A", metas.GetProperty("genres").GetString());
        Assert.Equal("upbeat synth-pop", items[0].GetProperty("prompt").GetString());
        Assert.Equal("[Verse]\nHello world", items[0].GetProperty("lyrics").GetString());
        Assert.Equal("acestep-5Hz-lm-0.6B", items[0].GetProperty("lm_model").GetString());
        Assert.Equal("acestep-v15-turbo", items[0].GetProperty("dit_model").GetString());
        Assert.Equal(1.0, items[0].GetProperty("progress").GetDouble());
        Assert.Equal("succeeded", items[0].GetProperty("stage").GetString());
        Assert.Equal("", items[0].GetProperty("wave").GetString());
        Assert.Matches("^[0-9]+,[0-9]+$", items[0].GetProperty("seed_value").GetString());
        Assert.StartsWith("**🎯 Average Time per Track:", items[0].GetProperty("generation_info").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_string_uses_Python_separators_and_raw_unicode_and_user_duration_is_a_float()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"prompt":"café ♪","audio_duration":1,"audio_format":"wav","batch_size":1}""");

        var result = (await sim.WaitForFinishAsync(id)).GetProperty("result").GetString()!;

        Assert.StartsWith("[{\"file\": \"/v1/audio?path=%2F", result, StringComparison.Ordinal);
        Assert.Contains("\"prompt\": \"café ♪\"", result, StringComparison.Ordinal);
        Assert.Contains("\"duration\": 1.0,", result, StringComparison.Ordinal);
        Assert.Contains("\"progress\": 1.0, \"stage\": \"succeeded\"}]", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_URL_percent_encodes_the_whole_absolute_path()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync(OneWavFile);

        var file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;

        Assert.Matches("^/v1/audio\\?path=%2F[^/]*\\.wav$", file);
        Assert.StartsWith(sim.Server.OutputDirectory, AudioUrl.PathOf(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_job_has_no_error_text()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.JobFailureRate = 1);
        var id = await sim.SubmitAsync(OneWavFile);

        var entry = await sim.WaitForFinishAsync(id);

        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        var item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "progress", "stage"], Json.Keys(item));
        Assert.Equal("failed", item.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Seed_list_is_honoured_in_B_and_extra_files_get_random_seeds()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"use_random_seed":false,"seed":"42,-1,7","batch_size":4,"audio_duration":0.5,"audio_format":"wav"}""");

        var seeds = (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString()!.Split(',');

        Assert.Equal(4, seeds.Length);
        Assert.Equal("42", seeds[0]);
        Assert.Equal("7", seeds[2]);
        Assert.NotEqual("-1", seeds[1]);
    }

    [Fact]
    public async Task Single_seed_with_batch_only_the_first_file_uses_it()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"use_random_seed":false,"seed":42,"batch_size":2,"audio_duration":0.5,"audio_format":"wav"}""");

        var seeds = (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString()!.Split(',');

        Assert.Equal("42", seeds[0]);
        Assert.NotEqual("42", seeds[1]);
    }

    [Fact]
    public async Task Seed_is_ignored_while_use_random_seed_is_true()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"seed":42,"batch_size":1,"audio_duration":0.5,"audio_format":"wav"}""");

        Assert.NotEqual("42", (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString());
    }

    [Fact]
    public async Task Same_seed_and_parameters_give_the_same_file_name_and_bytes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        const string body = """{"prompt":"x","use_random_seed":false,"seed":5,"batch_size":1,"audio_duration":0.5,"bpm":100,"key_scale":"A minor","time_signature":"4","audio_format":"wav"}""";

        var first = (await sim.WaitForItemsAsync(await sim.SubmitAsync(body)))[0].GetProperty("file").GetString()!;
        var firstBytes = await File.ReadAllBytesAsync(AudioUrl.PathOf(first));
        var second = (await sim.WaitForItemsAsync(await sim.SubmitAsync(body)))[0].GetProperty("file").GetString()!;

        Assert.Equal(first, second);
        Assert.Equal(firstBytes, await File.ReadAllBytesAsync(AudioUrl.PathOf(second)));
    }

    [Fact]
    public async Task Without_the_LM_unknown_metadata_is_not_available()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);
        var id = await sim.SubmitAsync("""{"prompt":"x","batch_size":1,"audio_format":"wav"}""");

        var metas = (await sim.WaitForItemsAsync(id))[0].GetProperty("metas");

        Assert.Equal("N/A", metas.GetProperty("bpm").GetString());
        Assert.Equal("N/A", metas.GetProperty("duration").GetString());
        Assert.Equal("N/A", metas.GetProperty("keyscale").GetString());
        Assert.Equal("N/A", metas.GetProperty("timesignature").GetString());
    }

    [Fact]
    public async Task With_the_LM_missing_metadata_is_chosen_and_the_duration_is_an_integer()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"prompt":"x","batch_size":1,"audio_format":"wav","bpm":100,"key_scale":"A minor"}""");

        var metas = (await sim.WaitForItemsAsync(id))[0].GetProperty("metas");

        Assert.Equal(JsonValueKind.Number, metas.GetProperty("duration").ValueKind);
        Assert.DoesNotContain('.', metas.GetProperty("duration").GetRawText());
        Assert.Contains(metas.GetProperty("timesignature").GetString(), new[] { "2", "3", "4", "6" });
    }

    [Fact]
    public async Task Sample_mode_replaces_caption_and_lyrics_and_leaves_the_originals_empty()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"sample_query":"a soft Bengali love song","prompt":"ignored","batch_size":1,"audio_format":"wav","param_obj":{"duration":1}}""");

        var item = (await sim.WaitForItemsAsync(id))[0];

        Assert.NotEqual("ignored", item.GetProperty("prompt").GetString());
        Assert.NotEmpty(item.GetProperty("prompt").GetString()!);
        Assert.Equal("", item.GetProperty("metas").GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Batch_size_defaults_to_two_files()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav"}""");

        Assert.Equal(2, (await sim.WaitForItemsAsync(id)).Length);
    }

    [Fact]
    public async Task Cover_without_source_fails_in_B()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync("""{"task_type":"cover","audio_format":"wav"}""");

        Assert.Equal(2, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
    }
}
