namespace AceStep.Cli.MusicVideo;

/// <summary>
/// The song a video is made of: its audio file, and what our result file says about it when it is ours (job id,
/// caption, lyrics, length, tempo, metre). <see cref="Folder"/> and <see cref="Stem"/> name the default output.
/// </summary>
internal sealed record SongSource(
    string AudioPath,
    string Folder,
    string Stem,
    string? JobId = null,
    string? Caption = null,
    string? Lyrics = null,
    double? DurationSeconds = null,
    double? Bpm = null,
    string? TimeSignature = null);
