namespace AceStep.Client;

/// <summary>Musical metadata of a result. Values the server reports as <c>"N/A"</c> are null.</summary>
public sealed record GenerationMetadata
{
    public double? Bpm { get; init; }

    public double? DurationSeconds { get; init; }

    /// <summary>Key and scale, e.g. <c>C major</c>.</summary>
    public string? KeyScale { get; init; }

    /// <summary>Time signature in the model's convention (<c>4</c> = 4/4).</summary>
    public string? TimeSignature { get; init; }

    public string? Genres { get; init; }

    /// <summary>The caption as the request gave it (empty in sample mode).</summary>
    public string? OriginalPrompt { get; init; }

    /// <summary>The lyrics as the request gave them (empty in sample mode).</summary>
    public string? OriginalLyrics { get; init; }
}
