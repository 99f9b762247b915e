namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>When a lyric line was really sung in a synthetic performance.</summary>
internal sealed record SungLine(string Text, double Start, double End);
