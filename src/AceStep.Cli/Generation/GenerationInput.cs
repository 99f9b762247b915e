namespace AceStep.Cli.Generation;

/// <summary>
/// A generation as the user asked for it, parsed and range-checked but not yet merged with the
/// configured defaults. Null means "not given".
/// </summary>
internal sealed record GenerationInput
{
    public string? Caption { get; init; }

    public string? Lyrics { get; init; }

    public string? Description { get; init; }

    public bool Random { get; init; }

    public bool Instrumental { get; init; }

    public bool? Thinking { get; init; }

    public bool? UseFormat { get; init; }

    public string? Model { get; init; }

    public string? Language { get; init; }

    public int? Steps { get; init; }

    public double? Guidance { get; init; }

    public IReadOnlyList<long>? Seeds { get; init; }

    public double? Duration { get; init; }

    public int? Bpm { get; init; }

    public int? Batch { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }

    public string? TaskType { get; init; }

    public string? SourceAudio { get; init; }

    public double? CoverStrength { get; init; }

    public double? RepaintStart { get; init; }

    public double? RepaintEnd { get; init; }

    public WaitOptions Wait { get; init; } = new(NoWait: false, Timeout: null, Force: false);
}
