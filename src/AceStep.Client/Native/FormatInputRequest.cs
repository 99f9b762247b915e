namespace AceStep.Client;

/// <summary>Input of <c>POST /format_input</c>: the language model rewrites caption and lyrics and may fill metadata.</summary>
public sealed record FormatInputRequest
{
    public string? Caption { get; init; }

    public string? Lyrics { get; init; }

    public double? Temperature { get; init; }

    public double? DurationSeconds { get; init; }

    public int? Bpm { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }

    public string? Language { get; init; }
}
