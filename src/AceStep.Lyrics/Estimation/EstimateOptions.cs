namespace AceStep.Lyrics.Estimation;

/// <summary>
/// The rules of thumb the estimate lays a song out with, in bars. A sung line takes whole bars at about
/// <see cref="SyllablesPerBeat"/> (so an 8-syllable line takes two bars of 4/4), an intro or outro four bars, an
/// instrumental section eight, a change of section one; the defaults follow common pop structure.
/// </summary>
public sealed record EstimateOptions
{
    /// <summary>The tempo assumed when the song's is unknown.</summary>
    public double DefaultBpm { get; init; } = 120;

    public double SyllablesPerBeat { get; init; } = 1.25;

    /// <summary>The share of a line's bars that is sung; the rest is the breath before the next line.</summary>
    public double SungShare { get; init; } = 0.9;

    public int MaxBarsPerLine { get; init; } = 4;

    public int IntroBars { get; init; } = 4;

    public int OutroBars { get; init; } = 4;

    /// <summary>An instrumental, solo, interlude, break or drop section.</summary>
    public int InstrumentalBars { get; init; } = 8;

    public int SilenceBars { get; init; } = 1;

    /// <summary>The rest between two sung sections (a blank line or a new tag).</summary>
    public int SectionGapBars { get; init; } = 1;

    /// <summary>Music before the first line when the lyrics have no intro tag, and after the last when they have no outro.</summary>
    public int UntaggedEdgeBars { get; init; } = 2;

    /// <exception cref="ArgumentOutOfRangeException">A value that cannot lay out a song (named in the message).</exception>
    public void Validate()
    {
        if (!(double.IsFinite(DefaultBpm) && DefaultBpm is >= 20 and <= 400))
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultBpm), DefaultBpm, "the default tempo must be between 20 and 400 BPM");
        }

        if (!(double.IsFinite(SyllablesPerBeat) && SyllablesPerBeat > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(SyllablesPerBeat), SyllablesPerBeat, "syllables per beat must be positive");
        }

        if (!(SungShare is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(SungShare), SungShare, "the sung share of a line is above 0 and at most 1");
        }

        if (MaxBarsPerLine < 1 || Math.Min(Math.Min(IntroBars, OutroBars), Math.Min(Math.Min(InstrumentalBars, SilenceBars), Math.Min(SectionGapBars, UntaggedEdgeBars))) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBarsPerLine), "a line takes at least 1 bar and no section fewer than 0");
        }
    }
}
