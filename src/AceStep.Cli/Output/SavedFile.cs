namespace AceStep.Cli.Output;

/// <summary>One audio file written for a job: its name in the output folder, sniffed format, length and size.</summary>
internal sealed record SavedFile(string Name, string Format, double? Duration, long Bytes)
{
    /// <summary>True once the song's tags are written into the file; absent when it holds the server's bytes as sent.</summary>
    public bool? Tagged { get; init; }
}
