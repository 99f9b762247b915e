namespace AceStep.Batch;

/// <summary>The run ended.</summary>
public sealed record BatchFinished(DateTimeOffset At, BatchSummary Summary) : BatchEvent(At);
