namespace AceStep.Batch;

/// <summary>An item submitted earlier (by this or a stopped runner) is followed again by its job id, not resubmitted.</summary>
public sealed record ItemReattached(DateTimeOffset At, string Key, int Ordinal, string Server, string JobId) : BatchEvent(At);
