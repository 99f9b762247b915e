namespace AceStep.Lyrics;

/// <summary>What a lyrics reader produced: the lines it could use and a warning for every line it could not.</summary>
public sealed record LyricsReadResult(TimedLyrics Lyrics, IReadOnlyList<LyricsWarning> Warnings);
