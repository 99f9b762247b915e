using System.Globalization;
using AceStep.Lyrics.Sheets;

namespace AceStep.Lyrics.Estimation;

/// <summary>
/// Times known lyrics without hearing the song: the sections are laid out in bars (sung lines by their syllables,
/// intros, solos and outros by their kind, a bar's rest between sections), the bars become seconds at the song's tempo,
/// and when the song's length is known the whole layout is stretched or squeezed to fill it. Words share their line's
/// sung time by syllables. The result is marked estimated: it is a starting point for a video, not a transcription.
/// </summary>
public static class LyricsEstimator
{
    private const double FarFromTheLayout = 1.6;

    public static EstimateResult Estimate(string lyrics, SongTiming timing, EstimateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        return Estimate(LyricsSheet.Parse(lyrics), timing, options);
    }

    /// <exception cref="ArgumentOutOfRangeException">The timing or the options are out of range (see their <c>Validate</c>).</exception>
    public static EstimateResult Estimate(LyricsSheet sheet, SongTiming timing, EstimateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(timing);
        timing.Validate();
        options ??= new EstimateOptions();
        options.Validate();
        var warnings = new List<string>();
        var bpm = timing.Bpm ?? options.DefaultBpm;
        if (timing.Bpm is null)
        {
            warnings.Add(Invariant($"the tempo is unknown: {bpm:0} BPM was assumed"));
        }

        var plan = SongPlan.Lay(sheet, timing.BeatsPerBar, options);
        if (plan.SungLines == 0)
        {
            warnings.Add("the lyrics have no lines to sing, so there is nothing to time");
            return new EstimateResult(new TimedLyrics([], IsEstimated: true), bpm, timing.DurationSeconds ?? 0, warnings);
        }

        var secondsPerBar = 60.0 / bpm * timing.BeatsPerBar;
        var laidOut = plan.TotalBars * secondsPerBar;
        var duration = timing.DurationSeconds ?? laidOut;
        var scale = duration / laidOut;
        warnings.Insert(0, Invariant($"the timing is estimated from the lyrics' structure ({plan.SungLines} lines over {duration:0.#} s at {bpm:0.#} BPM), not heard: expect lines to drift from the singing"));
        if (timing.DurationSeconds is null)
        {
            warnings.Add(Invariant($"the song's length is unknown: the lyrics were laid out over {laidOut:0.#} s at the tempo"));
        }
        else if (scale > FarFromTheLayout || scale < 1 / FarFromTheLayout)
        {
            warnings.Add(Invariant($"the lyrics need about {laidOut:0.#} s at {bpm:0.#} BPM but the song lasts {duration:0.#} s: every part was {(scale > 1 ? "stretched" : "squeezed")} {scale:0.##}x"));
        }

        return new EstimateResult(new TimedLyrics(plan.Time(secondsPerBar * scale, options.SungShare), IsEstimated: true), bpm, duration, warnings);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
