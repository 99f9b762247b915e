namespace AceStep.Simulator.Chat;

/// <summary>What the message parser extracted (spec §9.3), before the explicit overrides of §9.4.</summary>
internal sealed record ParsedPrompt(string Caption, string Lyrics, string SampleQuery, bool AutoSampleMode, IReadOnlyList<AudioPart> Audio);
