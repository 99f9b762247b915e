using System.Diagnostics;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Faults;

/// <summary>Every fault switch of <see cref="SimulatorFaults"/>, observed over HTTP.</summary>
public sealed class FaultInjectionTests
{
    private const string Job = """{"prompt":"x","audio_duration":0.5,"audio_format":"wav","batch_size":1}""";

    [Fact]
    public async Task Lazy_model_load_hangs_every_request_health_included()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(1));
        await sim.SubmitAsync(Job);
        var longest = TimeSpan.Zero;
        JsonElement health;

        // Poll until the load is over: one of the calls must have hung while it ran.
        do
        {
            var watch = Stopwatch.StartNew();
            health = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
            longest = watch.Elapsed > longest ? watch.Elapsed : longest;
        }
        while (!health.GetProperty("models_initialized").GetBoolean());

        Assert.True(longest > TimeSpan.FromMilliseconds(500), $"/health never hung (longest {longest})");
    }

    [Fact]
    public async Task Model_load_error_fails_every_job_with_the_store_error_and_chat_is_503()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.ModelLoadError = "CUDA out of memory");
        var id = await sim.SubmitAsync(Job);

        var entry = await sim.WaitForFinishAsync(id);

        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.Equal("", entry.GetProperty("progress_text").GetString());
        var item = Assert.Single(Json.ResultItems(entry));
        Assert.Equal(["file", "wave", "status", "create_time", "env", "prompt", "lyrics", "metas", "progress", "stage", "error"], Json.Keys(item));
        Assert.Equal("CUDA out of memory", item.GetProperty("error").GetString());
        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync(Job))).GetProperty("status").GetInt32());
        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":"x"}]}"""),
            503, "Model not initialized. init_error=CUDA out of memory");
    }

    [Fact]
    public async Task Model_load_error_cleared_by_a_successful_init()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.ModelLoadError = "disk full");
        await sim.WaitForFinishAsync(await sim.SubmitAsync(Job));

        var failedInit = await Json.ReadAsync(await sim.PostJsonAsync("/v1/init", "{}"), 200);
        Assert.Equal("Model initialization failed: disk full", failedInit.GetProperty("error").GetString());
        sim.Server.Faults.ModelLoadError = null;
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));

        Assert.Equal(1, (await sim.WaitForFinishAsync(await sim.SubmitAsync(Job))).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("""{"thinking":true}""")]
    [InlineData("""{"sample_mode":true}""")]
    [InlineData("""{"description":"a song"}""")]
    [InlineData("""{"use_format":true,"prompt":"x"}""")]
    public async Task LM_unavailable_fails_jobs_that_need_it(string body)
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync(body))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task LM_unavailable_still_runs_jobs_that_only_would_like_it()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        Assert.Equal(1, (await sim.WaitForFinishAsync(await sim.SubmitAsync(Job))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task LM_unavailable_thinking_is_ignored_for_cover()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);
        var id = await sim.SubmitAsync("""{"thinking":true,"task_type":"cover","audio_code_string":"<|audio_code_1|>","audio_format":"wav","audio_duration":0.5,"batch_size":1}""");

        Assert.Equal(1, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task LM_unavailable_LM_routes_answer_503()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);
        const string detail = "LLM not initialized. Set ACESTEP_INIT_LLM=true in .env to enable.";

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/format_input", """{"prompt":"x"}"""), 503, detail);
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/create_sample", """{"query":"x"}"""), 503, detail);
    }

    [Fact]
    public async Task LM_load_error_LM_routes_answer_500_with_the_reason()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmLoadError = "weights missing");

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/format_input", """{"prompt":"x"}"""), 500, "LLM init failed: weights missing");
    }

    [Fact]
    public async Task Job_failure_rate_can_be_changed_live()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.JobFailureRate = 1);
        Assert.Equal(2, (await sim.WaitForFinishAsync(await sim.SubmitAsync(Job))).GetProperty("status").GetInt32());

        sim.Server.Faults.JobFailureRate = 0;

        Assert.Equal(1, (await sim.WaitForFinishAsync(await sim.SubmitAsync(Job))).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Queue_full_rejects_submissions()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.QueueFull = true);

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Job), 429, "Server busy: queue is full");
    }

    [Fact]
    public async Task Slow_downloads_are_throttled()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var file = (await sim.WaitForItemsAsync(await sim.SubmitAsync("""{"audio_duration":0.1,"audio_format":"wav","batch_size":1}""")))[0]
            .GetProperty("file").GetString()!;
        sim.Server.Faults.DownloadBytesPerSecond = 40_000;

        var watch = Stopwatch.StartNew();
        var bytes = await sim.Client.GetByteArrayAsync(file);

        Assert.True(watch.Elapsed.TotalSeconds > bytes.Length / 40_000.0 * 0.8, $"{bytes.Length} bytes in {watch.Elapsed}");
    }

    [Fact]
    public async Task Dropped_download_ends_the_connection_after_N_bytes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var file = (await sim.WaitForItemsAsync(await sim.SubmitAsync(Job)))[0].GetProperty("file").GetString()!;
        sim.Server.Faults.DropDownloadAfterBytes = 1000;

        using var response = await sim.Client.GetAsync(file, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var received = new MemoryStream();

        await Assert.ThrowsAnyAsync<IOException>(() => body.CopyToAsync(received));
        Assert.Equal(1000, received.Length);
    }

    [Fact]
    public async Task Status_fault_answers_the_chosen_status_for_count_requests()
    {
        await using var sim = await RunningSimulator.StartAsync();
        sim.Server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.Status, 503, count: 2));

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/query_result", "{}"), 503, "Injected fault");
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/query_result", "{}"), 503, "Injected fault");
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", "{}"));
    }

    [Fact]
    public async Task Plain_text_fault_answers_the_plain_500_of_uvicorn()
    {
        await using var sim = await RunningSimulator.StartAsync();
        sim.Server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.PlainText500));

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/release_task", Job));
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/release_task", Job));
    }

    [Fact]
    public async Task Malformed_JSON_fault_sends_unparsable_JSON()
    {
        await using var sim = await RunningSimulator.StartAsync();
        sim.Server.Faults.AddResponseFault(new ResponseFault("/health", ResponseFaultKind.MalformedJson, count: 0));

        for (var i = 0; i < 2; i++)
        {
            using var response = await sim.GetAsync("/health");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
        }
    }
}
