using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Lifecycle;

/// <summary>
/// The job lifecycle driven by a fake clock (<see cref="WatchedClock"/>): the stage sequence, the one-hour rule, and what a
/// restart keeps (see docs/protocol.md, "Job lifecycle").
/// </summary>
public sealed class JobLifecycleTests
{
    [Fact]
    public async Task Stages_follow_the_upstream_sequence_with_rising_progress()
    {
        var clock = new WatchedClock(DateTimeOffset.UtcNow);
        await using var sim = await StartAsync(clock, TimeSpan.FromSeconds(100));
        var id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","thinking":true}""");
        await Protocol.ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, id);
        var entry = await sim.QueryAsync(id);
        var stages = new List<string>();
        var progress = new List<double>();

        for (var step = 0; step < 20; step++)
        {
            var item = Json.ResultItems(entry)[0];
            stages.Add(item.GetProperty("stage").GetString()!);
            progress.Add(item.GetProperty("progress").GetDouble());
            if (entry.GetProperty("status").GetInt32() == 1)
            {
                break;
            }

            entry = await AdvanceOneStageAsync(sim, clock, id, entry, TimeSpan.FromSeconds(100));
        }

        Assert.Equal(
            ["running", "Phase 1: Generating CoT metadata (once for all items)...", "Phase 2: Generating audio codes for 2 items...",
             "Preparing inputs...", "Generating music (batch size: 2)...", "Decoding audio...", "Preparing audio data...", "succeeded"],
            stages.Distinct());
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(1.0, progress[^1]);
    }

    [Fact]
    public async Task One_hour_rule_reports_failed_while_running_then_succeeded_when_done()
    {
        var clock = new WatchedClock(DateTimeOffset.UtcNow);
        await using var sim = await StartAsync(clock, TimeSpan.FromHours(2));
        var running = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        await Protocol.ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, running);
        var queued = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");

        clock.Advance(TimeSpan.FromMinutes(61));
        var late = await sim.QueryAsync(running);

        Assert.Equal(2, late.GetProperty("status").GetInt32());
        Assert.False(late.TryGetProperty("progress_text", out _));
        Assert.Equal(0, Json.ResultItems(late)[0].GetProperty("status").GetInt32());
        Assert.Equal(0, (await sim.QueryAsync(queued)).GetProperty("status").GetInt32());

        var entry = late;
        for (var i = 0; i < 100 && entry.GetProperty("status").GetInt32() != 1; i++)
        {
            entry = await AdvanceOneStageAsync(sim, clock, running, entry, TimeSpan.FromMinutes(30));
        }

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.True(entry.TryGetProperty("progress_text", out _));
    }

    [Fact]
    public async Task Restart_forgets_queued_jobs_leaves_running_ones_running_and_keeps_finished_results()
    {
        var clock = new WatchedClock(DateTimeOffset.UtcNow);
        await using var sim = await StartAsync(clock, TimeSpan.Zero, secondsPerAudioSecond: 10);
        var finished = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        var finishedBefore = await AdvanceUntilFinishedAsync(sim, clock, finished);
        var running = await sim.SubmitAsync("""{"audio_duration":600,"audio_format":"wav","batch_size":1}""");
        await Protocol.ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, running);
        var queued = await sim.SubmitAsync("{}");

        await sim.Server.RestartAsync();

        Assert.Equal(finishedBefore.GetProperty("result").GetString(), (await sim.QueryAsync(finished)).GetProperty("result").GetString());
        var lost = await sim.QueryAsync(queued);
        Assert.Equal("[]", lost.GetProperty("result").GetString());
        Assert.Equal(0, lost.GetProperty("status").GetInt32());
        var stuck = await sim.QueryAsync(running);
        Assert.Equal(0, stuck.GetProperty("status").GetInt32());
        Assert.NotEqual("succeeded", Json.ResultItems(stuck)[0].GetProperty("stage").GetString());

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, (await sim.QueryAsync(running)).GetProperty("status").GetInt32());
        var stats = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats"));
        Assert.Equal(0, stats.GetProperty("jobs").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Generation_time_grows_with_the_requested_duration()
    {
        var clock = new WatchedClock(DateTimeOffset.UtcNow);
        await using var sim = await StartAsync(clock, TimeSpan.Zero, secondsPerAudioSecond: 10);
        var id = await sim.SubmitAsync("""{"audio_duration":2,"audio_format":"wav","batch_size":1}""");
        await Protocol.ReleaseTaskParsingTests.WaitUntilRunningAsync(sim, id);

        var entry = await AdvanceOneStageAsync(sim, clock, id, await sim.QueryAsync(id), TimeSpan.FromSeconds(15));
        Assert.Equal(0, entry.GetProperty("status").GetInt32());

        for (var i = 0; i < 50 && entry.GetProperty("status").GetInt32() != 1; i++)
        {
            entry = await AdvanceOneStageAsync(sim, clock, id, entry, TimeSpan.FromSeconds(5));
        }

        Assert.Equal(1, entry.GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> AdvanceUntilFinishedAsync(RunningSimulator sim, WatchedClock clock, string id)
    {
        var entry = await sim.QueryAsync(id);
        for (var i = 0; i < 20 && entry.GetProperty("status").GetInt32() == 0; i++)
        {
            entry = await AdvanceOneStageAsync(sim, clock, id, entry, TimeSpan.FromSeconds(5));
        }

        return entry;
    }

    /// <summary>
    /// Moves the clock by <paramref name="step"/> once the job waits on it, and returns the job's entry as soon as it
    /// differs from <paramref name="before"/>: a step longer than the stage the job waits in ends exactly that stage.
    /// </summary>
    private static async Task<JsonElement> AdvanceOneStageAsync(RunningSimulator sim, WatchedClock clock, string id, JsonElement before, TimeSpan step)
    {
        await clock.WaitUntilArmedAsync();
        clock.Advance(step);
        var status = before.GetProperty("status").GetInt32();
        var result = before.GetProperty("result").GetString();
        return await sim.WaitForEntryAsync(id, entry =>
            entry.GetProperty("status").GetInt32() != status || entry.GetProperty("result").GetString() != result);
    }

    private static Task<RunningSimulator> StartAsync(TimeProvider clock, TimeSpan generationTime, double secondsPerAudioSecond = 0) =>
        RunningSimulator.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.FixedGenerationTime = generationTime;
            o.GenerationSecondsPerAudioSecond = secondsPerAudioSecond;
        });
}
