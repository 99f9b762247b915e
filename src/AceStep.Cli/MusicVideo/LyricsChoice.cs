using AceStep.Lyrics;

namespace AceStep.Cli.MusicVideo;

/// <summary>The timed lyrics a video shows and where they came from: <c>lrc</c>, <c>json</c>, <c>estimated</c> or <c>none</c>.</summary>
internal sealed record LyricsChoice(TimedLyrics Lyrics, string Source, string? Path)
{
    public static LyricsChoice None { get; } = new(TimedLyrics.Empty, "none", null);
}
