using AceStep.Lyrics.Lines;

namespace AceStep.Lyrics.Alignment;

/// <summary>How recognised words are aligned to the known lyrics, and when the result is not trusted.</summary>
public sealed record AlignmentOptions
{
    /// <summary>
    /// Below this share of the lyrics' words heard, the lyrics are taken to be for another song (or the recognition
    /// failed) and the result is the raw transcription in lines instead. Unrelated lyrics match about 10–20%.
    /// </summary>
    public double MinimumMatchRate { get; init; } = 0.4;

    /// <summary>How alike (0–1) a heard word must be to the written one to count as heard ("AC" and "ACE" are 0.67).</summary>
    public double WordMatchSimilarity { get; init; } = 0.6;

    /// <summary>How the raw transcription is broken into lines when the alignment is not trusted.</summary>
    public LineBreakOptions FallbackLines { get; init; } = new();

    /// <summary>
    /// The largest alignment attempted, in heard tokens times written tokens (one byte each). 16 million is ten times
    /// what a 10-minute Chinese song needs; beyond it the raw transcription is used, with a warning.
    /// </summary>
    public long MaxAlignmentCells { get; init; } = 16_000_000;

    /// <exception cref="ArgumentOutOfRangeException">A value outside its range (named in the message).</exception>
    public void Validate()
    {
        if (!(MinimumMatchRate is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumMatchRate), MinimumMatchRate, "the minimum match rate is a share from 0 to 1 (e.g. 0.4)");
        }

        if (!(WordMatchSimilarity is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(WordMatchSimilarity), WordMatchSimilarity, "the word match similarity is a share above 0 and at most 1 (e.g. 0.6)");
        }

        if (MaxAlignmentCells < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAlignmentCells), MaxAlignmentCells, "the alignment size limit must be positive");
        }

        FallbackLines.Validate();
    }
}
