using System.Text;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>POST /query_result: request forms, unknown ids, and the result items of every job state (spec §7).</summary>
public sealed class QueryResultTests
{
    private const string OneWavFile = """{"prompt":"upbeat synth-pop","lyrics":"[Verse]\nHello world","audio_duration":1,"audio_format":"wav","batch_size":1}""";

    [Fact]
    public async Task UnknownIds_LookStillWorking_WithAnEmptyResult()
    {
        await using var sim = await RunningSimulator.StartAsync();

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":["unknown-id"]}"""));

        JsonElement entry = Assert.Single(data.EnumerateArray());
        Assert.Equal(["task_id", "result", "status"], Json.Keys(entry));
        Assert.Equal("unknown-id", entry.GetProperty("task_id").GetString());
        Assert.Equal("[]", entry.GetProperty("result").GetString());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task IdsKeepTheirOrderAndDuplicates()
    {
        await using var sim = await RunningSimulator.StartAsync();

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":["b","a","b"]}"""));

        Assert.Equal(["b", "a", "b"], data.EnumerateArray().Select(e => e.GetProperty("task_id").GetString()));
    }

    [Fact]
    public async Task TaskIdList_MayBeAJsonString()
    {
        await using var sim = await RunningSimulator.StartAsync();

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":"[\"x\",\"y\"]"}"""));

        Assert.Equal(2, data.GetArrayLength());
    }

    [Fact]
    public async Task TaskIdList_AsAFormField()
    {
        await using var sim = await RunningSimulator.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["task_id_list"] = "[\"7c9e6679\"]" });

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/query_result", form));

        Assert.Equal("7c9e6679", data[0].GetProperty("task_id").GetString());
    }

    [Fact]
    public async Task AStringThatDecodesToAString_IsIteratedCharacterByCharacter()
    {
        await using var sim = await RunningSimulator.StartAsync();

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":"\"ab\""}"""));

        Assert.Equal(["a", "b"], data.EnumerateArray().Select(e => e.GetProperty("task_id").GetString()));
    }

    [Theory]
    [InlineData("""{"task_id_list":"not json"}""")]
    [InlineData("""{}""")]
    public async Task UnreadableOrMissingList_GivesNoEntries(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        JsonElement data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", body));

        Assert.Equal(0, data.GetArrayLength());
    }

    [Fact]
    public async Task JsonBodyWithoutAJsonContentType_IsAnEmptyForm()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var content = new StringContent("""{"task_id_list":["x"]}""", Encoding.UTF8, "text/plain");
        JsonElement data = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/query_result", content));

        Assert.Equal(0, data.GetArrayLength());
    }

    [Theory]
    [InlineData("""["x"]""")]
    [InlineData("""{"task_id_list":""")]
    public async Task NonObjectOrMalformedJson_IsPlainText500(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/query_result", body));
    }

    [Fact]
    public async Task QueuedJob_ShowsTheStoreItem()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        string running = await sim.SubmitAsync("{}");
        await ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, running);
        string queued = await sim.SubmitAsync("{}");

        JsonElement entry = await sim.QueryAsync(queued);

        Assert.Equal(["task_id", "status", "result", "progress_text"], Json.Keys(entry));
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        JsonElement item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "prompt", "lyrics", "metas", "progress", "stage", "error"], Json.Keys(item));
        Assert.Equal("queued", item.GetProperty("stage").GetString());
        Assert.Equal(0.0, item.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("error").ValueKind);
        Assert.Equal("development", item.GetProperty("env").GetString());
        Assert.Contains("\"stage\": \"queued\"", entry.GetProperty("result").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningJob_ShowsTheCacheItemWithProgressAndStage()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        string id = await sim.SubmitAsync("{}");
        await ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, id);

        JsonElement entry = await sim.QueryAsync(id);

        JsonElement item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "progress", "stage"], Json.Keys(item));
        Assert.InRange(item.GetProperty("progress").GetDouble(), 0.01, 0.99);
        Assert.Contains("| INFO | [generate_music]", entry.GetProperty("progress_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SucceededJob_HasOneItemPerFile_WithTheUpstreamFields()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"prompt":"upbeat synth-pop","lyrics":"[Verse]\nHello world","audio_duration":1,"bpm":120,"audio_format":"wav"}""");

        JsonElement entry = await sim.WaitForFinishAsync(id);
        JsonElement[] items = Json.ResultItems(entry);

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal(2, items.Length);
        Assert.Equal(
            ["file", "wave", "status", "create_time", "env", "prompt", "lyrics", "metas", "generation_info", "seed_value", "lm_model", "dit_model", "progress", "stage"],
            Json.Keys(items[0]));
        Assert.NotEqual(items[0].GetProperty("file").GetString(), items[1].GetProperty("file").GetString());
        JsonElement metas = items[0].GetProperty("metas");
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
    public async Task ResultString_UsesPythonSeparatorsAndRawUnicode_AndUserDurationIsAFloat()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"prompt":"café ♪","audio_duration":1,"audio_format":"wav","batch_size":1}""");

        string result = (await sim.WaitForFinishAsync(id)).GetProperty("result").GetString()!;

        Assert.StartsWith("[{\"file\": \"/v1/audio?path=%2F", result, StringComparison.Ordinal);
        Assert.Contains("\"prompt\": \"café ♪\"", result, StringComparison.Ordinal);
        Assert.Contains("\"duration\": 1.0,", result, StringComparison.Ordinal);
        Assert.Contains("\"progress\": 1.0, \"stage\": \"succeeded\"}]", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileUrl_PercentEncodesTheWholeAbsolutePath()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync(OneWavFile);

        string file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;

        Assert.Matches("^/v1/audio\\?path=%2F[^/]*\\.wav$", file);
        Assert.StartsWith(sim.Server.OutputDirectory, AudioUrl.PathOf(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedJob_HasNoErrorText()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.JobFailureRate = 1);
        string id = await sim.SubmitAsync(OneWavFile);

        JsonElement entry = await sim.WaitForFinishAsync(id);

        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        JsonElement item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "progress", "stage"], Json.Keys(item));
        Assert.Equal("failed", item.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task SeedList_IsHonouredInB_ExtraFilesGetRandomSeeds()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"use_random_seed":false,"seed":"42,-1,7","batch_size":4,"audio_duration":0.5,"audio_format":"wav"}""");

        string[] seeds = (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString()!.Split(',');

        Assert.Equal(4, seeds.Length);
        Assert.Equal("42", seeds[0]);
        Assert.Equal("7", seeds[2]);
        Assert.NotEqual("-1", seeds[1]);
    }

    [Fact]
    public async Task SingleSeedWithBatch_OnlyTheFirstFileUsesIt()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"use_random_seed":false,"seed":42,"batch_size":2,"audio_duration":0.5,"audio_format":"wav"}""");

        string[] seeds = (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString()!.Split(',');

        Assert.Equal("42", seeds[0]);
        Assert.NotEqual("42", seeds[1]);
    }

    [Fact]
    public async Task SeedIsIgnoredWhileUseRandomSeedIsTrue()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"seed":42,"batch_size":1,"audio_duration":0.5,"audio_format":"wav"}""");

        Assert.NotEqual("42", (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString());
    }

    [Fact]
    public async Task SameSeedAndParameters_GiveTheSameFileNameAndBytes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        const string body = """{"prompt":"x","use_random_seed":false,"seed":5,"batch_size":1,"audio_duration":0.5,"bpm":100,"key_scale":"A minor","time_signature":"4","audio_format":"wav"}""";

        string first = (await sim.WaitForItemsAsync(await sim.SubmitAsync(body)))[0].GetProperty("file").GetString()!;
        byte[] firstBytes = await File.ReadAllBytesAsync(AudioUrl.PathOf(first));
        string second = (await sim.WaitForItemsAsync(await sim.SubmitAsync(body)))[0].GetProperty("file").GetString()!;

        Assert.Equal(first, second);
        Assert.Equal(firstBytes, await File.ReadAllBytesAsync(AudioUrl.PathOf(second)));
    }

    [Fact]
    public async Task WithoutTheLm_UnknownMetadataIsNotAvailable()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);
        string id = await sim.SubmitAsync("""{"prompt":"x","batch_size":1,"audio_format":"wav"}""");

        JsonElement metas = (await sim.WaitForItemsAsync(id))[0].GetProperty("metas");

        Assert.Equal("N/A", metas.GetProperty("bpm").GetString());
        Assert.Equal("N/A", metas.GetProperty("duration").GetString());
        Assert.Equal("N/A", metas.GetProperty("keyscale").GetString());
        Assert.Equal("N/A", metas.GetProperty("timesignature").GetString());
    }

    [Fact]
    public async Task WithTheLm_MissingMetadataIsChosen_AndTheDurationIsAnInteger()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"prompt":"x","batch_size":1,"audio_format":"wav","bpm":100,"key_scale":"A minor"}""");

        JsonElement metas = (await sim.WaitForItemsAsync(id))[0].GetProperty("metas");

        Assert.Equal(JsonValueKind.Number, metas.GetProperty("duration").ValueKind);
        Assert.DoesNotContain('.', metas.GetProperty("duration").GetRawText());
        Assert.Contains(metas.GetProperty("timesignature").GetString(), new[] { "2", "3", "4", "6" });
    }

    [Fact]
    public async Task SampleMode_ReplacesCaptionAndLyrics_AndLeavesTheOriginalsEmpty()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"sample_query":"a soft Bengali love song","prompt":"ignored","batch_size":1,"audio_format":"wav","param_obj":{"duration":1}}""");

        JsonElement item = (await sim.WaitForItemsAsync(id))[0];

        Assert.NotEqual("ignored", item.GetProperty("prompt").GetString());
        Assert.NotEmpty(item.GetProperty("prompt").GetString()!);
        Assert.Equal("", item.GetProperty("metas").GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task BatchSizeDefaultsToTwoFiles()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav"}""");

        Assert.Equal(2, (await sim.WaitForItemsAsync(id)).Length);
    }

    [Fact]
    public async Task CoverWithoutSourceFailsInB()
    {
        await using var sim = await RunningSimulator.StartAsync();
        string id = await sim.SubmitAsync("""{"task_type":"cover","audio_format":"wav"}""");

        Assert.Equal(2, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
    }
}
