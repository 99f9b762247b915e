namespace AceStep.Client;

/// <summary>
/// A canned example from <c>POST /create_random_sample</c>. The "simple_mode" set fills
/// <see cref="Description"/>, <see cref="Instrumental"/> and <see cref="VocalLanguage"/>; the custom set fills the rest.
/// </summary>
public sealed record RandomSample
{
    public string? Description { get; init; }

    public bool? Instrumental { get; init; }

    public string? VocalLanguage { get; init; }

    public bool? Think { get; init; }

    public string? Caption { get; init; }

    public string? Lyrics { get; init; }

    public double? Bpm { get; init; }

    public double? DurationSeconds { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }
}
