namespace AceStep.Batch;

/// <summary>An item failed for good (until a requeue); <paramref name="Reason"/> says why and what to do.</summary>
public sealed record ItemFailed(DateTimeOffset At, string Key, int Ordinal, string? Server, string? JobId, FailureKind Failure, string Reason) : BatchEvent(At);
