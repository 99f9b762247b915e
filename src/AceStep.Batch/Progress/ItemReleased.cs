namespace AceStep.Batch;

/// <summary>A server refused an item before it ran (unreachable, busy, not ready); the item went back to the queue for any server.</summary>
public sealed record ItemReleased(DateTimeOffset At, string Key, int Ordinal, string Server, string Reason) : BatchEvent(At);
