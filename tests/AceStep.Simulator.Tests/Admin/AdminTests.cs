using System.Text;
using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Admin;

/// <summary>The /_simulator/ admin routes: faults, restart and the clock offset; no API key needed.</summary>
public sealed class AdminTests
{
    [Fact]
    public async Task Get_faults_shows_every_switch()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "k");

        var faults = await Json.ReadAsync(await sim.GetAsync("/_simulator/faults"), 200);

        Assert.Equal(
            ["model_load_delay_seconds", "model_load_error", "lm_unavailable", "lm_load_error", "job_failure_rate", "queue_full",
             "download_bytes_per_second", "drop_download_after_bytes", "chat_timeout_seconds", "response_faults"],
            Json.Keys(faults));
    }

    [Fact]
    public async Task Put_faults_changes_only_the_given_keys_and_takes_effect()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.LmUnavailable = true);

        var faults = await Json.ReadAsync(await PutAsync(sim,
            """{"queue_full":true,"response_faults":[{"path":"/health","kind":"status","status":502,"count":1}]}"""), 200);

        Assert.True(faults.GetProperty("queue_full").GetBoolean());
        Assert.True(faults.GetProperty("lm_unavailable").GetBoolean());
        Assert.True(sim.Server.Faults.QueueFull);
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", "{}"), 429, "Server busy: queue is full");
        await Json.AssertDetailAsync(await sim.GetAsync("/health"), 502, "Injected fault");
        await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
    }

    [Theory]
    [InlineData("""{"queue_full":"yes"}""")]
    [InlineData("""{"no_such_fault":1}""")]
    [InlineData("""{"response_faults":[{"path":"/x","kind":"weird"}]}""")]
    [InlineData("""[1]""")]
    public async Task Put_faults_rejects_bad_documents(string body)
    {
        await using var sim = await RunningSimulator.StartAsync();

        var error = await Json.ReadAsync(await PutAsync(sim, body), 400);

        Assert.False(string.IsNullOrEmpty(error.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Delete_faults_resets_everything()
    {
        await using var sim = await RunningSimulator.StartAsync(o =>
        {
            o.Faults.QueueFull = true;
            o.Faults.JobFailureRate = 0.5;
        });

        var faults = await Json.ReadAsync(await sim.SendAsync(HttpMethod.Delete, "/_simulator/faults", null), 200);

        Assert.False(faults.GetProperty("queue_full").GetBoolean());
        Assert.Equal(0, faults.GetProperty("job_failure_rate").GetDouble());
    }

    [Fact]
    public async Task Restart_keeps_finished_results_forgets_queued_jobs_and_resets_stats()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var finished = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        await sim.WaitForFinishAsync(finished);

        var restarted = await Json.ReadAsync(await sim.PostJsonAsync("/_simulator/restart", ""), 200);

        Assert.True(restarted.GetProperty("restarted").GetBoolean());
        Assert.Equal(1, (await sim.QueryAsync(finished)).GetProperty("status").GetInt32());
        var stats = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"));
        Assert.Equal(0, stats.GetProperty("jobs").GetProperty("total").GetInt32());
        var health = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
        Assert.False(health.GetProperty("models_initialized").GetBoolean());
    }

    [Fact]
    public async Task Clock_advance_triggers_the_one_hour_rule_for_a_running_job()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.FixedGenerationTime = TimeSpan.FromMinutes(5));
        var id = await sim.SubmitAsync("{}");
        await Protocol.ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, id);

        var clock = await Json.ReadAsync(await sim.PostJsonAsync("/_simulator/clock", """{"advance_seconds":3601}"""), 200);

        Assert.Equal(3601, clock.GetProperty("offset_seconds").GetDouble());
        var entry = await sim.QueryAsync(id);
        Assert.Equal(2, entry.GetProperty("status").GetInt32());
        Assert.False(entry.TryGetProperty("progress_text", out _));
        Assert.Equal(0, Json.ResultItems(entry)[0].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Clock_cannot_go_backwards()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/_simulator/clock", """{"advance_seconds":-5}"""), 400, "The clock only moves forward.");
    }

    private static Task<HttpResponseMessage> PutAsync(RunningSimulator sim, string json) =>
        sim.SendAsync(HttpMethod.Put, "/_simulator/faults", new StringContent(json, Encoding.UTF8, "application/json"));
}
