namespace AceStep.Lyrics.Alignment;

/// <summary>
/// What the alignment found, counted in tokens (words of spaced scripts, characters of CJK, Hangul and Thai-like
/// scripts): written tokens heard as written (or nearly), heard as something else, not heard at all (their times
/// interpolated), and heard tokens that are not in the lyrics (ad-libs, backing vocals, noise).
/// </summary>
public sealed record AlignmentStatistics(int WrittenTokens, int Matched, int Substituted, int Interpolated, int ExtraHeard)
{
    public static AlignmentStatistics None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The share of the lyrics heard as written, 0 to 1 (0 when there is nothing to sing).</summary>
    public double MatchRate => WrittenTokens == 0 ? 0 : (double)Matched / WrittenTokens;
}
