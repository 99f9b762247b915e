using System.Collections.Concurrent;
using System.Data.Common;
using AceStep.Client;

namespace AceStep.Batch;

/// <summary>
/// Feeds one server: claims items for it while the queue says it has room (its capacity, counted over every
/// runner), follows each item to the end, and pauses the server when it keeps failing.
/// </summary>
internal sealed class ServerLane
{
    private readonly RunContext _run;
    private readonly ConcurrentDictionary<string, Task> _working = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JobState> _jobStates = new(StringComparer.Ordinal);
    private readonly WakeSignal _wake = new();
    private bool _statsUnavailable;

    public ServerLane(RunContext run, ServerEndpoint server, AceStepClient client)
    {
        _run = run;
        Server = server;
        Client = client;
        Capacity = server.Capacity ?? run.Options.DefaultServerCapacity;
        Breaker = new ServerBreaker(run.Options.FailuresBeforePause, run.Options.ServerPause, run.Clock);
    }

    public ServerEndpoint Server { get; }

    public AceStepClient Client { get; }

    public int Capacity { get; }

    public ServerBreaker Breaker { get; }

    /// <summary>Jobs this runner follows on the server, by the last state the server reported.</summary>
    public IReadOnlyDictionary<string, JobState> JobStates => _jobStates;

    public async Task RunAsync()
    {
        var stopping = _run.Stopping;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!await StepAsync(stopping).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (DbException)
            {
                // The queue is unreachable for a moment: what is claimed stays claimed; ask again shortly.
                await WaitQuietlyAsync(_run.Options.IdlePollInterval).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(_working.Values).ConfigureAwait(false);
    }

    public void Wake() => _wake.Set();

    public void TrackJob(string key, JobState state) => _jobStates[key] = state;

    public void ForgetJob(string key) => _jobStates.TryRemove(key, out _);

    /// <summary>One round: probe a paused server, or claim and start one item, or wait. False when the lane is done.</summary>
    private async Task<bool> StepAsync(CancellationToken stopping)
    {
        if (Breaker.PausedUntil is { } until)
        {
            var wait = until - _run.Now;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _run.Clock, stopping).ConfigureAwait(false);
            }

            await ProbeAsync(stopping).ConfigureAwait(false);
            return true;
        }

        if (_run.Finished && _working.IsEmpty)
        {
            return false;
        }

        var claimed = await _run.Store.ClaimAsync(new ClaimRequest(_run.Plan.Name, _run.RunnerId, Server.Name, Capacity, _run.Options.LeaseDuration), stopping).ConfigureAwait(false);
        if (claimed is not null)
        {
            // The queue is asked first (one round trip, usually "no room"); the server only when there is work for it.
            if (claimed.Item.State != ItemState.Claimed || await HasRoomAsync(stopping).ConfigureAwait(false))
            {
                Start(claimed);
                return true;
            }

            await _run.Store.ReleaseAsync(claimed.Lease, CancellationToken.None).ConfigureAwait(false);
        }

        await _wake.WaitAsync(_run.Options.IdlePollInterval, _run.Clock, stopping).ConfigureAwait(false);
        return true;
    }

    private void Start(ClaimedItem claimed)
    {
        var work = new ItemWork(_run, this, claimed);
        var key = claimed.Item.Key;
        _working[key] = Task.Run(async () =>
        {
            try
            {
                await work.RunAsync().ConfigureAwait(false);
            }
            finally
            {
                _working.TryRemove(key, out _);
                ForgetJob(key);
                _wake.Set();
                _run.RefreshRequested.Set();
            }
        });
    }

    /// <summary>
    /// Whether the server itself has room: its own queue (from <c>/v1/stats</c>, which counts other people's jobs
    /// too) holds fewer waiting jobs than our capacity. Servers whose stats cannot be read are judged by the queue alone.
    /// </summary>
    private async Task<bool> HasRoomAsync(CancellationToken stopping)
    {
        var following = _jobStates.Values.Count(state => state is JobState.Queued or JobState.Running or JobState.Unknown);
        if (!_run.Options.UseServerStats || _statsUnavailable || following >= Capacity)
        {
            // Nothing to learn from the server: the queue alone decides.
            return true;
        }

        try
        {
            var stats = await Client.GetStatsAsync(stopping).ConfigureAwait(false);
            return stats.QueueSize < Capacity;
        }
        catch (AceStepException)
        {
            _statsUnavailable = true;
            return true;
        }
    }

    private async Task ProbeAsync(CancellationToken stopping)
    {
        try
        {
            await Client.GetHealthAsync(stopping).ConfigureAwait(false);
            Breaker.Resume();
            _run.Report(new ServerResumed(_run.Now, Server.Name));
        }
        catch (AceStepException error)
        {
            _run.Report(new ServerPaused(_run.Now, Server.Name, error.Message, Breaker.Extend()));
        }
    }

    private async Task WaitQuietlyAsync(TimeSpan interval)
    {
        try
        {
            await Task.Delay(interval, _run.Clock, _run.Stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
