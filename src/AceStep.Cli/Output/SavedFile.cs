namespace AceStep.Cli.Output;

/// <summary>One audio file written for a job: its name in the output folder, sniffed format, length and size.</summary>
internal sealed record SavedFile(string Name, string Format, double? Duration, long Bytes);
