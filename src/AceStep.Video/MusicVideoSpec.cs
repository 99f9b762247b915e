using AceStep.Lyrics;

namespace AceStep.Video;

/// <summary>
/// Everything one music video is made from. Only <see cref="AudioPath"/> and <see cref="OutputPath"/> are required;
/// without lyrics, title or background the video shows the spectrum on the animated gradient.
/// </summary>
public sealed record MusicVideoSpec
{
    /// <summary>The song: any file ffmpeg can decode (MP3, WAV, FLAC, Opus, AAC/M4A…). The video lasts exactly as long.</summary>
    public required string AudioPath { get; init; }

    /// <summary>Where the video goes. Its extension is not used to pick the container: <see cref="Codec"/> decides.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Replace <see cref="OutputPath"/> (and a preview PNG) when it exists; otherwise such a render is refused before it starts.</summary>
    public bool Overwrite { get; init; }

    /// <summary>The timed lyrics; lines with word times get word-by-word highlighting.</summary>
    public TimedLyrics Lyrics { get; init; } = TimedLyrics.Empty;

    /// <summary>
    /// Seconds added to every lyric time: positive shows the lyrics later, negative earlier. A line timed at 10 s with
    /// an offset of 0.5 appears at 10.5 s.
    /// </summary>
    public double LyricsOffsetSeconds { get; init; }

    /// <summary>The big line at the top; empty draws none. Newlines become spaces; a title too wide shrinks, then ends in "…".</summary>
    public string Title { get; init; } = string.Empty;

    public string Subtitle { get; init; } = string.Empty;

    /// <summary>The small line at the bottom (for example "Made with ACE-Step").</summary>
    public string Credit { get; init; } = string.Empty;

    /// <summary>An image (PNG, JPEG, WebP, BMP, GIF) scaled to cover the frame and dimmed by 45 %; null draws the animated gradient.</summary>
    public string? BackgroundImagePath { get; init; }

    public VideoFrameSize FrameSize { get; init; } = VideoFrameSize.Landscape;

    /// <summary>Frames per second, 24 to 60.</summary>
    public int FramesPerSecond { get; init; } = 30;

    public VideoCodec Codec { get; init; } = VideoCodec.H264;

    /// <summary>A font file (TTF, OTF, TTC) used for every text before the fonts found on the machine.</summary>
    public string? FontFile { get; init; }

    /// <summary>
    /// Whether characters the main font lacks are looked up among the machine's fonts (fontconfig on Linux, the system
    /// font folders on Windows and macOS). False draws with <see cref="FontFile"/> (or the default font) alone.
    /// </summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>The ffmpeg executable; null looks for <c>ffmpeg</c> on the PATH.</summary>
    public string? FfmpegPath { get; init; }

    /// <summary>
    /// The largest file the video may be, in bytes (decimal megabytes as the chat platforms count: 16 MB is 16,000,000).
    /// A bigger render is encoded again in two passes at the bitrate that fits; see <see cref="ChatPlatformLimits"/>.
    /// </summary>
    public long? MaxSizeBytes { get; init; }
}
