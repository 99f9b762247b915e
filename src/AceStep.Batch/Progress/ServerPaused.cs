namespace AceStep.Batch;

/// <summary>A server failed repeatedly: it gets no new work until <paramref name="Until"/>, when its health is probed.</summary>
public sealed record ServerPaused(DateTimeOffset At, string Server, string Reason, DateTimeOffset Until) : BatchEvent(At);
