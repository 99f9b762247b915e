using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Running;

/// <summary>A runner process killed with SIGKILL half-way, then the batch run again: nothing lost, no job repeated.</summary>
public abstract class KilledRunnerScenarios : IDisposable
{
    private readonly TempDirectory _folder = new();

    protected string Output => _folder.Combine("out");

    protected string Folder => _folder.Path;

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_runner_killed_with_SIGKILL_half_way_loses_nothing_and_repeats_no_job()
    {
        await using var farm = await SimulatorFarm.StartAsync(
            a => a.FixedGenerationTime = TimeSpan.FromMilliseconds(600),
            b => b.FixedGenerationTime = TimeSpan.FromMilliseconds(600));
        var planFile = _folder.Combine("plan.jsonl");
        await File.WriteAllLinesAsync(planFile, Enumerable.Range(1, 16).Select(i => $$"""{"caption": "killed song {{i}}", "duration": 3, "seed": {{i}}, "thinking": false, "batch": 1}"""));
        var plan = PlanReader.ReadJsonLinesFile(planFile, new PlanReadOptions { Name = "killed" });
        string[] arguments = ["--plan", planFile, "--name", "killed", "--out", Output, .. farm.Servers.SelectMany(s => new[] { "--server", s.BaseAddress.ToString() }), .. QueueArguments()];

        await using var store = await OpenStoreAsync();
        using (var runner = RunnerProcess.Start(arguments, QueueEnvironment()))
        {
            await WaitUntilHalfWayAsync(store, runner);
            await runner.KillAsync();
        }

        var leftInFlight = (await store.ListItemsAsync("killed")).Where(item => item.State is ItemState.Submitted or ItemState.Downloading).Select(item => item.JobId).ToList();
        Assert.NotEmpty(leftInFlight);
        var log = new EventLog();

        var summary = await BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output), log);

        Assert.Equal(16, summary.Done + summary.Failed);
        var items = await BatchAudit.VerifyAsync(store, plan, Output, farm, killed: true);
        Assert.All(items.Where(item => item.State == ItemState.Failed), item => Assert.Equal(FailureKind.Uncertain, item.Failure));
        Assert.Equal(leftInFlight.Order(), log.Events.OfType<ItemReattached>().Select(e => e.JobId).Order());
    }

    /// <summary>Watches the queue (not the process's output, which may be read late) until some items are done and others in flight.</summary>
    private static async Task WaitUntilHalfWayAsync(IBatchStore store, RunnerProcess runner)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (DateTimeOffset.UtcNow < deadline && !runner.HasExited)
        {
            var items = await store.ListItemsAsync("killed");
            if (items.Count(item => item.State == ItemState.Done) >= 3 && items.Count(item => item.State is ItemState.Submitted or ItemState.Downloading) >= 2)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"the runner process never got half-way: {(runner.HasExited ? await runner.ErrorsAsync() : "still running")}");
    }

    protected abstract IEnumerable<string> QueueArguments();

    protected abstract IReadOnlyDictionary<string, string> QueueEnvironment();

    protected abstract Task<IBatchStore> OpenStoreAsync();
}
