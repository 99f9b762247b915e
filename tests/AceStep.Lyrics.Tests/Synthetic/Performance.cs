using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>A synthetic performance: the truth (when each line was sung) and what a provider heard.</summary>
internal sealed record Performance(IReadOnlyList<SungLine> Truth, Transcript Heard, double DurationSeconds);
