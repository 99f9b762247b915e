namespace AceStep.Client;

/// <summary>
/// A song idea written by the server's language model: the answer of <c>POST /format_input</c> and of
/// <c>POST /v1/create_sample</c>. Values the model did not give are null.
/// </summary>
public sealed record SongSketch
{
    public string? Caption { get; init; }

    public string? Lyrics { get; init; }

    public double? Bpm { get; init; }

    public double? DurationSeconds { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }

    public string? VocalLanguage { get; init; }
}
