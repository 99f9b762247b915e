namespace AceStep.Batch;

/// <summary>
/// The whole batch (every runner's work, read from the queue) and each of this runner's servers. Running and
/// queued per server come from this runner's view of the jobs it follows; other runners' jobs count as queued.
/// </summary>
/// <param name="EstimatedRemaining">From the rate items finished since the run began; null until one has.</param>
public sealed record BatchProgress(DateTimeOffset At, ItemCounts Overall, IReadOnlyList<ServerProgress> Servers, TimeSpan? EstimatedRemaining) : BatchEvent(At);
