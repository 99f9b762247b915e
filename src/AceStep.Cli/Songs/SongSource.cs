namespace AceStep.Cli.Songs;

/// <summary>
/// A song to time lyrics for, make a cover for or make a video of, as far as it is known: its audio file and, when
/// it is a job of ours, the job, the lyrics that were sung, the caption and the values the server reported.
/// </summary>
internal sealed record SongSource
{
    /// <summary>The local audio file; null only for a job whose audio was never downloaded.</summary>
    public string? AudioPath { get; init; }

    /// <summary>Where files made from the song go by default: beside the job's result, else the output folder.</summary>
    public required string Folder { get; init; }

    public string? JobId { get; init; }

    /// <summary>Which of the job's files (the <c>_N</c> of <c>&lt;job&gt;_N.mp3</c>), from 1.</summary>
    public int FileNumber { get; init; } = 1;

    /// <summary>The lyrics that were sung (the result's top-level <c>lyrics</c>: the LM may have rewritten the request's).</summary>
    public string? Lyrics { get; init; }

    public string? Caption { get; init; }

    public double? DurationSeconds { get; init; }

    public int? Bpm { get; init; }

    public string? TimeSignature { get; init; }

    public string? Language { get; init; }

    /// <summary>The job's name (<c>&lt;job&gt;</c>, as its result file is named), else the audio's base name.</summary>
    public string Stem => JobId is not null ? Output.ResultWriter.FileStem(JobId) : Path.GetFileNameWithoutExtension(AudioPath ?? "song");

    /// <summary>The name per-file outputs are made from: <c>&lt;job&gt;_N</c> for a job, the audio's base name otherwise.</summary>
    public string OutputStem => JobId is not null ? $"{Stem}_{FileNumber}" : Stem;
}
