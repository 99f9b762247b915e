namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Timed lyrics from an alignment: the known lyrics' lines and words with the heard times, or, when
/// <see cref="UsedFallback"/> is true, the raw transcription in lines. The warnings say what the user should know
/// (lines not heard, why the fallback was used).
/// </summary>
public sealed record AlignmentResult(TimedLyrics Lyrics, AlignmentStatistics Statistics, bool UsedFallback, IReadOnlyList<string> Warnings)
{
    public double MatchRate => Statistics.MatchRate;
}
