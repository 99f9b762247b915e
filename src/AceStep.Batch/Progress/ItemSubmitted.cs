namespace AceStep.Batch;

/// <summary>A server accepted an item; its job id is in the queue.</summary>
public sealed record ItemSubmitted(DateTimeOffset At, string Key, int Ordinal, string Server, string JobId) : BatchEvent(At);
