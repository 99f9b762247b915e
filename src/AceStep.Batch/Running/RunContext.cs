namespace AceStep.Batch;

/// <summary>What every lane of one run shares: the queue, the options, the runner's id, the event sink, the stop signal.</summary>
internal sealed class RunContext(BatchPlan plan, IBatchStore store, BatchOptions options, string runnerId, IProgress<BatchEvent>? progress, CancellationToken stopping)
{
    public BatchPlan Plan { get; } = plan;

    public IBatchStore Store { get; } = store;

    public BatchOptions Options { get; } = options;

    public string RunnerId { get; } = runnerId;

    public CancellationToken Stopping { get; } = stopping;

    public TimeProvider Clock => Options.TimeProvider;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Set by the progress loop when no item is left that this runner could act on.</summary>
    public bool Finished { get; set; }

    /// <summary>Asks the progress loop to read the queue now (an item finished).</summary>
    public WakeSignal RefreshRequested { get; } = new();

    public void Report(BatchEvent batchEvent) => progress?.Report(batchEvent);
}
