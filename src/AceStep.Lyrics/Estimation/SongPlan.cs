using AceStep.Lyrics.Sheets;
using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Estimation;

/// <summary>A song laid out in bars: sung lines and rests in order.</summary>
internal sealed class SongPlan
{
    private readonly List<(string? Line, int Bars)> steps = [];

    public int SungLines => steps.Count(step => step.Line is not null);

    public int TotalBars => steps.Sum(step => step.Bars);

    public static SongPlan Lay(LyricsSheet sheet, int beatsPerBar, EstimateOptions options)
    {
        var plan = new SongPlan();
        var sections = sheet.Sections;
        if (sections.Count == 0 || !sections[0].IsInstrumental)
        {
            plan.steps.Add((null, options.UntaggedEdgeBars));
        }

        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            if (section.IsInstrumental)
            {
                plan.steps.Add((null, RestBars(section.Kind, options)));
                continue;
            }

            if (index > 0 && !sections[index - 1].IsInstrumental)
            {
                plan.steps.Add((null, options.SectionGapBars));
            }

            foreach (var line in section.Lines)
            {
                var syllables = Math.Max(1, SyllableCounter.Count(line));
                var bars = (int)Math.Ceiling(syllables / (options.SyllablesPerBeat * beatsPerBar));
                plan.steps.Add((line, Math.Clamp(bars, 1, options.MaxBarsPerLine)));
            }
        }

        if (sections.Count > 0 && !sections[^1].IsInstrumental)
        {
            plan.steps.Add((null, options.UntaggedEdgeBars));
        }

        return plan;
    }

    public List<TimedLine> Time(double secondsPerBar, double sungShare)
    {
        var lines = new List<TimedLine>(SungLines);
        var time = 0.0;
        foreach (var (line, bars) in steps)
        {
            var slot = bars * secondsPerBar;
            if (line is not null)
            {
                var text = LyricPunctuation.TrimLineEnd(line);
                lines.Add(new TimedLine(time, time + (slot * sungShare), text, SpreadWords(text, time, slot * sungShare)));
            }

            time += slot;
        }

        return lines;
    }

    // Each word gets a share of the sung time by its syllables; punctuation alone gets none.
    private static List<TimedWord> SpreadWords(string line, double start, double sung)
    {
        var words = LyricWords.Split(line);
        var weights = words.Select(word => LyricPunctuation.IsPunctuationOnly(word) ? 0 : Math.Max(1, SyllableCounter.Count(word))).ToArray();
        var total = Math.Max(1, weights.Sum());
        var timed = new List<TimedWord>(words.Count);
        var done = 0;
        for (var index = 0; index < words.Count; index++)
        {
            var wordStart = start + (sung * done / total);
            done += weights[index];
            timed.Add(new TimedWord(words[index], wordStart, start + (sung * done / total)));
        }

        return timed;
    }

    private static int RestBars(SectionKind kind, EstimateOptions options) => kind switch
    {
        SectionKind.Intro => options.IntroBars,
        SectionKind.Outro => options.OutroBars,
        SectionKind.Silence => options.SilenceBars,
        _ => options.InstrumentalBars,
    };
}
