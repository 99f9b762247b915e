namespace AceStep.Batch;

/// <summary>The run began: the plan is in the queue (<paramref name="Added"/> new items, the rest resumed).</summary>
public sealed record BatchStarted(DateTimeOffset At, string BatchId, string RunnerId, int Total, int Added, IReadOnlyList<string> Servers) : BatchEvent(At);
