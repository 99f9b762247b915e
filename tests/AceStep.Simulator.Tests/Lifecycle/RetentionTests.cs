using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Lifecycle;

/// <summary>How long results stay visible (see docs/protocol.md, "Job lifecycle"): the cache 7 days, the store 24 hours after a job finished.</summary>
public sealed class RetentionTests
{
    private const string Job = """{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""";

    [Fact]
    public async Task Cached_results_expire_after_seven_days()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync(Job);
        await sim.WaitForFinishAsync(id);

        await AdvanceAsync(sim, TimeSpan.FromDays(6));
        Assert.Equal(1, (await sim.QueryAsync(id)).GetProperty("status").GetInt32());
        await AdvanceAsync(sim, TimeSpan.FromDays(2));

        var entry = await sim.QueryAsync(id);
        Assert.Equal("[]", entry.GetProperty("result").GetString());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Store_only_results_expire_a_day_after_the_job_finished()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.ModelLoadError = "no weights");
        var id = await sim.SubmitAsync(Job);
        await sim.WaitForFinishAsync(id);

        await AdvanceAsync(sim, TimeSpan.FromHours(23));
        Assert.Equal(2, (await sim.QueryAsync(id)).GetProperty("status").GetInt32());
        await AdvanceAsync(sim, TimeSpan.FromHours(2));

        Assert.Equal("[]", (await sim.QueryAsync(id)).GetProperty("result").GetString());
    }

    private static async Task AdvanceAsync(RunningSimulator sim, TimeSpan by) =>
        await Json.ReadAsync(await sim.PostJsonAsync("/_simulator/clock", $$"""{"advance_seconds":{{by.TotalSeconds}}}"""), 200);
}
