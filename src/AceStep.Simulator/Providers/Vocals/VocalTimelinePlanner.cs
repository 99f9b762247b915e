using System.Text.RegularExpressions;

namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// Decides when each lyric line is sung, the way a song is laid out: a bar of lead-in (four for an <c>[Intro]</c>),
/// each line as long as its syllables sung as eighth notes (at least half a bar), a beat of breath between lines, a
/// bar between sections, four bars for an instrumental tag; the whole then stretched or squeezed to end a bar before
/// the song does. Inside a line each word gets a share of the time by its syllables.
/// </summary>
public static partial class VocalTimelinePlanner
{
    private const double BeatsPerSyllable = 0.5;
    private const double MinLineBeats = 2;
    private const double BreathBeats = 1;
    private const double BeatsPerBar = 4;
    private const double MaxStretch = 1.6;

    public static VocalTimeline Plan(string lyrics, double durationSeconds, int bpm, string language)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationSeconds);
        var beat = 60.0 / Math.Clamp(bpm, 30, 300);
        var (lines, starts) = Layout(lyrics);
        if (lines.Count == 0)
        {
            return new VocalTimeline([], language, durationSeconds);
        }

        var natural = starts[^1] + lines[^1].Beats;
        var available = Math.Max(beat, durationSeconds - (BeatsPerBar * beat));
        var scale = Math.Min(MaxStretch, available / (natural * beat)) * beat;
        var timed = new List<VocalLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            timed.Add(Time(lines[i], starts[i] * scale, lines[i].Beats * scale));
        }

        return new VocalTimeline(timed, language, durationSeconds);
    }

    /// <returns>The sung lines and the beat each one starts on, before scaling.</returns>
    private static (List<PlannedLine> Lines, List<double> Starts) Layout(string lyrics)
    {
        var lines = new List<PlannedLine>();
        var starts = new List<double>();
        var cursor = BeatsPerBar;
        double pendingGap = 0;
        foreach (var raw in lyrics.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (SectionTag().Match(line) is { Success: true } tag)
            {
                var instrumental = InstrumentalTag().IsMatch(tag.Groups[1].Value);
                if (lines.Count == 0 && instrumental)
                {
                    cursor = 4 * BeatsPerBar;
                }
                else
                {
                    pendingGap = Math.Max(pendingGap, instrumental ? 4 * BeatsPerBar : BeatsPerBar);
                }

                continue;
            }

            var text = InlineTag().Replace(line, string.Empty).Trim();
            var words = LyricWords.Split(text);
            var syllables = words.Sum(SyllableCounter.Count);
            if (syllables == 0)
            {
                pendingGap = Math.Max(pendingGap, line.Length == 0 && lines.Count > 0 ? BeatsPerBar / 2 : 0);
                continue;
            }

            if (lines.Count > 0)
            {
                cursor += BreathBeats + pendingGap;
            }

            pendingGap = 0;
            var beats = Math.Max(MinLineBeats, syllables * BeatsPerSyllable);
            lines.Add(new PlannedLine(text, words, syllables, beats));
            starts.Add(cursor);
            cursor += beats;
        }

        return (lines, starts);
    }

    private static VocalLine Time(PlannedLine line, double start, double length)
    {
        var words = new List<VocalWord>(line.Words.Count);
        var cursor = start;
        foreach (var word in line.Words)
        {
            var slot = length * SyllableCounter.Count(word) / line.Syllables;
            words.Add(new VocalWord(word, Round(cursor), Round(cursor + (slot * 0.9))));
            cursor += slot;
        }

        return new VocalLine(line.Text, Round(start), words[^1].End, words);
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);

    private sealed record PlannedLine(string Text, IReadOnlyList<string> Words, int Syllables, double Beats);

    [GeneratedRegex(@"^\[([^\]]*)\]$")]
    private static partial Regex SectionTag();

    [GeneratedRegex(@"intro|outro|instrument|interlude|solo|break|inst\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstrumentalTag();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex InlineTag();
}
