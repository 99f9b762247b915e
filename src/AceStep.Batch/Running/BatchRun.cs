using System.Data.Common;
using AceStep.Client;

namespace AceStep.Batch;

/// <summary>
/// One runner's run of a batch: registers the plan, starts a lane per server, and keeps a progress loop that
/// reads the queue, reports progress, rewrites the manifest, renews leases and sweeps abandoned submissions.
/// </summary>
internal sealed class BatchRun(RunContext run, IReadOnlyList<ServerEndpoint> servers, CancellationTokenSource stopSource)
{
    private readonly ManifestWriter _manifest = new(run.Options.OutputDirectory, run.RunnerId, run.Store.Engine);
    private readonly HashSet<string> _serverNames = [.. servers.Select(server => server.Name)];
    private List<ServerLane> _lanes = [];
    private int _lastFingerprint;
    private int _finishedAtStart;
    private DateTimeOffset? _allDownSince;
    private bool _gaveUp;

    public async Task<BatchSummary> RunAsync()
    {
        var started = run.Clock.GetTimestamp();
        var store = run.Store;
        var roundTripsAtStart = store.RoundTrips;
        Directory.CreateDirectory(run.Options.OutputDirectory);
        var registration = await store.RegisterPlanAsync(run.Plan, run.Stopping).ConfigureAwait(false);
        await store.RegisterServersAsync([.. _serverNames], run.Stopping).ConfigureAwait(false);
        if (run.Options.RetryFailed)
        {
            await store.RequeueFailedAsync(run.Plan.Name, run.Stopping).ConfigureAwait(false);
        }

        _lanes = [.. servers.Select(server => new ServerLane(run, server, CreateClient(server)))];
        try
        {
            // The start is announced before the first progress report, so a consumer of the events sees it first.
            var items = await store.ListItemsAsync(run.Plan.Name, run.Stopping).ConfigureAwait(false);
            _finishedAtStart = items.Count(item => item.IsFinished);
            run.Report(new BatchStarted(run.Now, run.Plan.Name, run.RunnerId, items.Count, registration.Added, [.. _serverNames]));
            await RefreshAsync(TimeSpan.Zero, force: true).ConfigureAwait(false);
            using var stopLoop = new CancellationTokenSource();
            var loop = ProgressLoopAsync(started, stopLoop.Token);
            await Task.WhenAll(_lanes.Select(lane => lane.RunAsync())).ConfigureAwait(false);
            await stopLoop.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);

            var final = await RefreshAsync(run.Clock.GetElapsedTime(started), force: true, CancellationToken.None).ConfigureAwait(false);
            var counts = ProgressSnapshot.Overall(final);
            var summary = new BatchSummary(
                run.Plan.Name, final.Count, counts.Done, counts.Failed, counts.Running + counts.Queued, run.Stopping.IsCancellationRequested,
                run.Clock.GetElapsedTime(started), store.RoundTrips - roundTripsAtStart, _manifest.Path)
            {
                ServersUnavailable = _gaveUp,
            };
            run.Report(new BatchFinished(run.Now, summary));
            return summary;
        }
        finally
        {
            foreach (var lane in _lanes)
            {
                lane.Client.Dispose();
            }
        }
    }

    private async Task ProgressLoopAsync(long started, CancellationToken stop)
    {
        var nextHeartbeat = run.Now + run.Options.HeartbeatInterval;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await run.RefreshRequested.WaitAsync(run.Options.ProgressInterval, run.Clock, stop).ConfigureAwait(false);
                if (run.Now >= nextHeartbeat)
                {
                    nextHeartbeat = run.Now + run.Options.HeartbeatInterval;
                    await HeartbeatAsync(stop).ConfigureAwait(false);
                }

                await RefreshAsync(run.Clock.GetElapsedTime(started), force: false, stop).ConfigureAwait(false);
                await GiveUpWhenAllServersDownAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (DbException)
            {
                // The queue is unreachable for a moment; the next round tries again.
            }
        }
    }

    /// <summary>
    /// Stops the run once every server has been paused for <see cref="BatchOptions.AllServersDownDeadline"/>
    /// without a break: no server can take work, and probing forever would hang a script.
    /// </summary>
    private async Task GiveUpWhenAllServersDownAsync()
    {
        if (run.Options.AllServersDownDeadline is not { } deadline || run.Finished || !_lanes.TrueForAll(lane => lane.Breaker.IsPaused))
        {
            _allDownSince = null;
            return;
        }

        _allDownSince ??= run.Now;
        if (run.Now - _allDownSince >= deadline && !_gaveUp)
        {
            _gaveUp = true;
            await stopSource.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Renews this runner's leases and fails submissions abandoned by runners that stopped.</summary>
    private async Task HeartbeatAsync(CancellationToken stop)
    {
        await run.Store.RenewLeasesAsync(run.RunnerId, run.Options.LeaseDuration, stop).ConfigureAwait(false);
        foreach (var swept in await run.Store.SweepAbandonedSubmissionsAsync(run.Plan.Name, stop).ConfigureAwait(false))
        {
            run.Report(new ItemFailed(run.Now, swept.Key, swept.Ordinal, swept.Server, swept.JobId, FailureKind.Uncertain, swept.Error ?? string.Empty));
        }
    }

    /// <summary>Reads the queue; reports progress and rewrites the manifest when something changed; decides whether the run is finished.</summary>
    private async Task<IReadOnlyList<ItemRecord>> RefreshAsync(TimeSpan elapsed, bool force, CancellationToken cancellationToken = default)
    {
        var items = await run.Store.ListItemsAsync(run.Plan.Name, cancellationToken).ConfigureAwait(false);
        run.Finished = !ProgressSnapshot.HasWorkFor(items, _serverNames, run.Now);
        var fingerprint = Fingerprint(items);
        if (force || fingerprint != _lastFingerprint)
        {
            _lastFingerprint = fingerprint;
            var counts = ProgressSnapshot.Overall(items);
            _manifest.Write(run.Plan.Name, items, counts, run.Now);
            run.Report(new BatchProgress(
                run.Now, counts, [.. _lanes.Select(lane => ProgressSnapshot.ForServer(lane, items))], ProgressSnapshot.Estimate(counts, _finishedAtStart, elapsed)));
        }

        if (run.Finished)
        {
            foreach (var lane in _lanes)
            {
                lane.Wake();
            }
        }

        return items;
    }

    private AceStepClient CreateClient(ServerEndpoint server)
    {
        var options = new AceStepClientOptions
        {
            Endpoint = server.Endpoint,
            ApiKey = server.ApiKey,
            UserAgent = run.Options.UserAgent,
            TimeProvider = run.Clock,
            Random = run.Options.Random,
            // A batch keeps a job waiting behind the running one; seeing the end promptly keeps the server fed.
            PollMaxInterval = TimeSpan.FromSeconds(1),
        };
        run.Options.ConfigureClient?.Invoke(options);
        return new AceStepClient(options);
    }

    private static int Fingerprint(IReadOnlyList<ItemRecord> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item.Key);
            hash.Add(item.State);
            hash.Add(item.JobId);
            hash.Add(item.Server);
        }

        return hash.ToHashCode();
    }
}
