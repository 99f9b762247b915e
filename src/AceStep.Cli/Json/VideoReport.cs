namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep video</c>: the job, every file it left, and the video's description.</summary>
internal sealed record VideoReport
{
    public required string JobId { get; init; }

    public required string OutputDir { get; init; }

    /// <summary>Every file written, full paths: the result file, the audio, the timed lyrics, the video.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public required MusicVideoReport Video { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
