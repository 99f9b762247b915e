namespace AceStep.Cli.MusicVideo;

/// <summary>
/// <c>acestep mv</c>, parsed: where the song comes from (<see cref="AudioPath"/> or <see cref="From"/>, a job id or a
/// result file), its timed lyrics file if any, the look, and what to write (a video, or one preview frame).
/// </summary>
internal sealed record MvOptions(
    string? AudioPath,
    string? From,
    string? LrcPath,
    string? LyricsJsonPath,
    VideoLook Look,
    TimeSpan? PreviewAt,
    string? OutputPath,
    bool Force);
