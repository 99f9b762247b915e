using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Estimation;
using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics;

/// <summary>
/// Timed lyrics ready to save, with where they came from: the provider and model that heard them (<c>estimate</c> when
/// nothing was heard), the language, how well they matched the known lyrics (null when there were none to align to),
/// whether the raw transcription was used because the match was too poor, and the warnings to show the user. This is
/// what <c>acestep transcribe</c> makes from each kind of input.
/// </summary>
public sealed record LyricsTranscription(
    TimedLyrics Lyrics,
    string Provider,
    string? Model,
    string? Language,
    AlignmentStatistics? Alignment,
    bool UsedFallback,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The provider name used for lyrics timed by <see cref="LyricsEstimator"/>.</summary>
    public const string EstimateProvider = "estimate";

    public bool IsEstimated => Lyrics.IsEstimated;

    /// <summary>The share of the known lyrics heard as written, or null when no lyrics were given to align to.</summary>
    public double? MatchRate => Alignment?.MatchRate;

    /// <summary>The provider's words broken into lines, when the song's lyrics are not known.</summary>
    public static LyricsTranscription FromLines(Transcript transcript, LineBreakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var warnings = transcript.Words.Count == 0 ? ["the provider heard no words"] : Array.Empty<string>();
        return new(LineBuilder.Build(transcript, options), transcript.Provider, transcript.Model, transcript.Language, null, false, warnings);
    }

    /// <summary>The known lyrics on the provider's times (or, when too little matched, the provider's words in lines).</summary>
    public static LyricsTranscription FromAlignment(Transcript transcript, string referenceLyrics, AlignmentOptions? options = null)
    {
        var result = LyricsAligner.Align(transcript, referenceLyrics, options);
        return new(result.Lyrics, transcript.Provider, transcript.Model, transcript.Language, result.Statistics, result.UsedFallback, result.Warnings);
    }

    /// <summary>The known lyrics spread over the song by its structure, with no provider at all.</summary>
    public static LyricsTranscription FromEstimate(string lyrics, SongTiming timing, EstimateOptions? options = null)
    {
        var result = LyricsEstimator.Estimate(lyrics, timing, options);
        return new(result.Lyrics, EstimateProvider, null, null, null, false, result.Warnings);
    }
}
