namespace AceStep.Batch;

/// <summary>A paused server answered its health probe and gets work again.</summary>
public sealed record ServerResumed(DateTimeOffset At, string Server) : BatchEvent(At);
