namespace AceStep.Batch;

/// <summary>An item's audio is in the output folder.</summary>
public sealed record ItemCompleted(DateTimeOffset At, string Key, int Ordinal, string Server, string JobId, IReadOnlyList<string> Files) : BatchEvent(At);
