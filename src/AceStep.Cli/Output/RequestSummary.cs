namespace AceStep.Cli.Output;

/// <summary>
/// What the user asked for, as saved in the result file and the job ledger. Never holds the API key
/// or audio bytes: a source file is recorded by its path only.
/// </summary>
internal sealed record RequestSummary
{
    public string? Caption { get; init; }

    public string? Lyrics { get; init; }

    public string? Description { get; init; }

    public bool SampleMode { get; init; }

    public bool Instrumental { get; init; }

    public bool? Thinking { get; init; }

    public bool? UseFormat { get; init; }

    public bool? UseCotCaption { get; init; }

    public bool? UseCotLanguage { get; init; }

    public string? Model { get; init; }

    public string? VocalLanguage { get; init; }

    public int? InferenceSteps { get; init; }

    public double? GuidanceScale { get; init; }

    public string? Seed { get; init; }

    public double? Duration { get; init; }

    public int? Bpm { get; init; }

    public int? BatchSize { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }

    public string? TaskType { get; init; }

    public string? SourceAudio { get; init; }

    public double? CoverStrength { get; init; }

    public double? RepaintStart { get; init; }

    public double? RepaintEnd { get; init; }

    public string? AudioFormat { get; init; }
}
