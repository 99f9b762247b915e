namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep mv</c>: the video (or preview frame) written, what it is made of, and the warnings.</summary>
internal sealed record MusicVideoReport
{
    /// <summary><c>video</c>, or <c>preview</c> for --preview.</summary>
    public required string Kind { get; init; }

    public required string Output { get; init; }

    public string? JobId { get; init; }

    public string Audio { get; init; } = string.Empty;

    public double Duration { get; init; }

    public long? Frames { get; init; }

    public long? SizeBytes { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public int Fps { get; init; }

    public string Codec { get; init; } = string.Empty;

    public string? Title { get; init; }

    /// <summary>The background image (given, or made with --cover); null for the gradient.</summary>
    public string? Background { get; init; }

    /// <summary><c>lrc</c>, <c>json</c>, <c>estimated</c>, <c>none</c>, or the provider that heard the song (<c>openai</c>, <c>elevenlabs</c>, <c>acestep</c>).</summary>
    public string LyricsSource { get; init; } = string.Empty;

    public string? LyricsPath { get; init; }

    public int LyricsLines { get; init; }

    public double LyricsOffset { get; init; }

    public SizeFitBody? SizeFit { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>What fitting the video under a size limit did (see docs/mv.md).</summary>
internal sealed record SizeFitBody(long LimitBytes, long RenderedBytes, long FinalBytes, int Encodes, bool Fits, string? FailureReason);
