namespace AceStep.Songwriting;

/// <summary>
/// What an author is about to send to ACE-Step: the caption, the lyrics and the optional metadata, exactly as they
/// will be sent (null where the value is left to the model).
/// </summary>
public sealed record SongDraft
{
    /// <summary>The style caption (genre, emotion, instruments, timbre, vocals…).</summary>
    public string? Caption { get; init; }

    /// <summary>The complete lyrics with their section tags, or an instrumental marker.</summary>
    public string? Lyrics { get; init; }

    /// <summary>Beats per minute.</summary>
    public int? Bpm { get; init; }

    /// <summary>The key and scale, e.g. <c>C Major</c>, <c>Am</c>, <c>F# Minor</c>.</summary>
    public string? KeyScale { get; init; }

    /// <summary>The time signature, e.g. <c>4/4</c>, <c>3/4</c>, <c>6/8</c> (or the model's <c>2</c>, <c>3</c>, <c>4</c>, <c>6</c>).</summary>
    public string? TimeSignature { get; init; }

    /// <summary>The requested length in seconds.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>The ISO 639-1 code of the sung language (<c>en</c>, <c>zh</c>…), or <c>unknown</c> for automatic.</summary>
    public string? VocalLanguage { get; init; }

    /// <summary>True when the song is meant to have no vocals.</summary>
    public bool Instrumental { get; init; }
}
