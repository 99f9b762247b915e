using System.Runtime.CompilerServices;
using AceStep.Batch.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Batch.Tests.Running;

/// <summary>The runner against simulators with different job times and faults; every scenario on each engine.</summary>
public abstract class RunnerScenarios : IDisposable
{
    private readonly TempDirectory _folder = new();

    protected string Output => _folder.Combine("out");

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<IBatchStore> OpenStoreAsync();

    [Fact]
    public async Task Four_servers_with_faults_end_with_every_item_done_once_or_failed_with_its_reason_and_a_retry_finishes_the_rest()
    {
        await using var farm = await SimulatorFarm.StartAsync(
            fast => fast.FixedGenerationTime = TimeSpan.FromMilliseconds(100),
            slowDownload => slowDownload.Faults.DownloadBytesPerSecond = 150_000,
            unavailable => unavailable.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.Status, 503, count: 4)),
            restarting => restarting.FixedGenerationTime = TimeSpan.FromMilliseconds(400));
        var restarting = farm.Servers[3];
        var restart = Task.CompletedTask;
        var restarted = new StrongBox<int>();
        var log = new EventLog(batchEvent =>
        {
            if (batchEvent is ItemCompleted completed && completed.Server == restarting.BaseAddress.ToString() && Interlocked.Exchange(ref restarted.Value, 1) == 0)
            {
                restart = farm.RestartAsync(restarting);
            }
        });
        var plan = Plans.Songs("faults", 20, durationSeconds: 4);
        await using var store = await OpenStoreAsync();

        var summary = await BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output), log);
        await restart;
        Assert.Equal(1, restarted.Value);

        Assert.Equal(20, summary.Done + summary.Failed);
        var items = await BatchAudit.VerifyAsync(store, plan, Output, farm);
        Assert.All(items.Where(item => item.State == ItemState.Failed), item => Assert.Equal(restarting.BaseAddress.ToString(), item.Server));
        Assert.Contains(log.Events, e => e is ItemReleased released && released.Server == farm.Servers[2].BaseAddress.ToString());
        Assert.Equal(0, farm.Servers[2].Faults.ResponseFaults.Sum(fault => fault.Remaining));

        var retry = await BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output) with { RetryFailed = true });

        Assert.Equal((20, 0), (retry.Done, retry.Failed));
        await BatchAudit.VerifyAsync(store, plan, Output, farm);
    }

    [Fact]
    public async Task When_every_server_stays_down_the_run_gives_up_at_the_deadline_and_leaves_the_items_queued()
    {
        ServerEndpoint[] nobody = [new(new Uri($"http://127.0.0.1:{FreePort()}/")), new(new Uri($"http://127.0.0.1:{FreePort()}/"))];
        var plan = Plans.Songs("offline", 3);
        var log = new EventLog();
        await using var store = await OpenStoreAsync();

        var summary = await BatchRunner.RunAsync(plan, nobody, store, TestRuns.Options(Output) with { AllServersDownDeadline = TimeSpan.FromSeconds(1) }, log)
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(summary.ServersUnavailable);
        Assert.Equal((0, 0, 3), (summary.Done, summary.Failed, summary.Remaining));
        Assert.Equal(2, log.Events.OfType<ServerPaused>().Select(paused => paused.Server).Distinct().Count());
        Assert.All(await store.ListItemsAsync(plan.Name), item => Assert.Equal(ItemState.Pending, item.State));
    }

    [Fact]
    public async Task Three_runners_on_one_queue_do_each_item_exactly_once()
    {
        await using var farm = await SimulatorFarm.StartAsync(
            a => a.FixedGenerationTime = TimeSpan.FromMilliseconds(100),
            b => b.FixedGenerationTime = TimeSpan.FromMilliseconds(200),
            c => c.FixedGenerationTime = TimeSpan.FromMilliseconds(150),
            d => d.FixedGenerationTime = TimeSpan.FromMilliseconds(250));
        var plan = Plans.Songs("three", 30, durationSeconds: 3);
        await using var first = await OpenStoreAsync();
        var stores = new List<IBatchStore> { first, await OpenSharedAsync(first), await OpenSharedAsync(first) };

        var summaries = await Task.WhenAll(stores.Select((store, i) =>
            BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output, seed: i) with { RunnerId = $"runner-{i}" })));

        Assert.All(summaries, summary => Assert.Equal((30, 0), (summary.Done, summary.Failed)));
        var items = await BatchAudit.VerifyAsync(first, plan, Output, farm);
        Assert.Equal(30, await farm.TotalJobsAsync());
        Assert.True(items.Select(item => item.Server).Distinct().Count() == 4, "every server got work");
        foreach (var store in stores.Skip(1))
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_run_stopped_half_way_resumes_without_sending_any_item_twice()
    {
        await using var farm = await SimulatorFarm.StartAsync(
            a => a.FixedGenerationTime = TimeSpan.FromMilliseconds(300),
            b => b.FixedGenerationTime = TimeSpan.FromMilliseconds(300));
        var plan = Plans.Songs("stopped", 12, durationSeconds: 3);
        await using var store = await OpenStoreAsync();
        using var stop = new CancellationTokenSource();
        var log = new EventLog(batchEvent =>
        {
            if (batchEvent is ItemSubmitted { Ordinal: >= 6 })
            {
                stop.Cancel();
            }
        });

        var stopped = await BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output), log, stop.Token);

        Assert.True(stopped.Stopped);
        Assert.True(stopped.Remaining > 0);
        var inFlight = (await store.ListItemsAsync(plan.Name)).Where(item => item.State is ItemState.Submitted or ItemState.Downloading).ToList();
        Assert.NotEmpty(inFlight);
        Assert.All(inFlight, item => Assert.Null(item.Owner));

        var resumeLog = new EventLog();
        var resumed = await BatchRunner.RunAsync(plan, farm.Endpoints(), store, TestRuns.Options(Output), resumeLog);

        Assert.Equal((12, 0), (resumed.Done, resumed.Failed));
        await BatchAudit.VerifyAsync(store, plan, Output, farm);
        Assert.Equal(12, await farm.TotalJobsAsync());
        Assert.Equal(inFlight.Select(item => item.JobId).Order(), resumeLog.Events.OfType<ItemReattached>().Select(e => e.JobId).Order());
    }

    [Fact]
    public async Task A_completion_mode_server_and_a_native_one_share_a_batch()
    {
        await using var farm = await SimulatorFarm.StartAsync(native => { }, chat => chat.Version = ServerVersion.A);
        var servers = new[]
        {
            new ServerEndpoint(farm.Servers[0].BaseAddress),
            new ServerEndpoint(farm.Servers[1].BaseAddress) { Mode = ServerMode.Completion },
        };
        var plan = Plans.Songs("modes", 6, durationSeconds: 3);
        await using var store = await OpenStoreAsync();

        var summary = await BatchRunner.RunAsync(plan, servers, store, TestRuns.Options(Output));

        Assert.Equal((6, 0), (summary.Done, summary.Failed));
        var items = await BatchAudit.VerifyAsync(store, plan, Output, farm);
        Assert.Contains(items, item => item.Mode == ServerMode.Completion && item.JobId!.StartsWith("chatcmpl-", StringComparison.Ordinal));
        Assert.Contains(items, item => item.Mode == ServerMode.Native);
    }

    /// <summary>A second store on the same queue (another file handle, another connection pool): as another process would.</summary>
    protected abstract Task<IBatchStore> OpenSharedAsync(IBatchStore first);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
