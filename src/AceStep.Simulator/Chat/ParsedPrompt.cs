namespace AceStep.Simulator.Chat;

/// <summary>What the message parser extracted (see docs/protocol.md, "Chat completions"), before an explicit <c>lyrics</c> or <c>sample_mode</c> overrides it.</summary>
internal sealed record ParsedPrompt(string Caption, string Lyrics, string SampleQuery, bool AutoSampleMode, IReadOnlyList<AudioPart> Audio);
