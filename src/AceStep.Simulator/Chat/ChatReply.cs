using AceStep.Simulator.Jobs;

namespace AceStep.Simulator.Chat;

/// <summary>Everything a chat answer repeats: its id, creation time, the request's model string, and the job's outcome.</summary>
internal sealed record ChatReply(string Id, long Created, string Model, ServerVersion Version, JobOutcome Outcome, string? AudioDataUrl);
