using AceStep.Simulator.Jobs;

namespace AceStep.Simulator.State;

/// <summary>
/// One lifetime of the simulated server process: the in-memory job store, the queue and its worker, model state,
/// the last log line and run-time statistics. <see cref="SimulatorServer.RestartAsync"/> replaces it.
/// </summary>
internal sealed class ServerRuntime : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _worker;
    private int _disposed;

    public ServerRuntime(SimulatorContext context)
    {
        Gate = new RequestGate();
        Store = new JobStore(context.Clock);
        Queue = new JobQueue(context.Options.QueueCapacity);
        Models = new ModelState(context.Options.Version, context.Faults, context.Clock, Gate);
        Log = new ProgressLog(context.Clock);
        Statistics = new JobStatistics();
        var runner = new JobRunner(context, Models, Log, Statistics);
        _worker = Task.Run(() => RunWorkerAsync(runner, _stopping.Token));
    }

    public RequestGate Gate { get; }

    public JobStore Store { get; }

    public JobQueue Queue { get; }

    public ModelState Models { get; }

    public ProgressLog Log { get; }

    public JobStatistics Statistics { get; }

    /// <summary>[B] The adapters loaded into the primary model.</summary>
    public LoraAdapters Lora { get; } = new();

    /// <summary>One executor, as upstream: /v1/init waits here for the running job.</summary>
    public SemaphoreSlim Executor { get; } = new(1, 1);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _worker;
        }
        catch (OperationCanceledException)
        {
            // Expected: the worker stops by cancellation.
        }

        foreach (var waiting in Queue.Drain())
        {
            waiting.Abandon();
        }

        Gate.Open();
    }

    private async Task RunWorkerAsync(JobRunner runner, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var job = await Queue.DequeueAsync(cancellationToken);
            await Executor.WaitAsync(cancellationToken);
            try
            {
                await runner.RunAsync(job, cancellationToken);
            }
            finally
            {
                Executor.Release();
            }
        }
    }
}
