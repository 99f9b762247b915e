namespace AceStep.Client.Tests.Soak;

/// <summary>What happened to one soak job: its outcome, its id when it got one, the error's reason, the files saved.</summary>
internal sealed record SoakJobReport(SoakJob Job, SoakOutcome Outcome, string? JobId, string? Reason, IReadOnlyList<SavedAudio> Files);
