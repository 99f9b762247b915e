using System.Globalization;
using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Sheets;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Puts the known lyrics on the times a provider heard. The recognised words and the written ones are aligned as two
/// sequences (word by word for spaced scripts, character by character for CJK, Hangul and Thai-like scripts), compared
/// after folding case, accents, width and punctuation, with credit for words that sound alike. The result has the
/// lyrics' own words and line breaks (tags and instrumental markers gone) and the heard times; words the provider
/// missed get times interpolated from their neighbours. When too little of the lyrics was heard, the result is the
/// raw transcription in lines, and says so.
/// </summary>
public static class LyricsAligner
{
    private const int LinesNamedInWarnings = 3;

    /// <param name="referenceLyrics">The lyrics as written for the song, with or without <c>[Verse]</c>-style tags.</param>
    public static AlignmentResult Align(Transcript transcript, string referenceLyrics, AlignmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(referenceLyrics);
        return Align(transcript, LyricsSheet.Parse(referenceLyrics), options);
    }

    /// <exception cref="ArgumentOutOfRangeException">The options are out of range (see <see cref="AlignmentOptions.Validate"/>).</exception>
    public static AlignmentResult Align(Transcript transcript, LyricsSheet reference, AlignmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(reference);
        options ??= new AlignmentOptions();
        options.Validate();
        var written = ReferenceLayout.From(reference, transcript.Language);
        var heard = HeardTokens.From(transcript.Words, transcript.Language);
        if (written.Tokens.Count == 0)
        {
            return Fallback(transcript, options, AlignmentStatistics.None, "the lyrics have no lines to sing (only tags or instrumental markers)");
        }

        if (heard.Tokens.Count == 0)
        {
            return Fallback(transcript, options, new AlignmentStatistics(written.Tokens.Count, 0, 0, written.Tokens.Count, 0), "the provider heard no words");
        }

        var cells = (long)(heard.Tokens.Count + 1) * (written.Tokens.Count + 1);
        if (cells > options.MaxAlignmentCells)
        {
            return Fallback(
                transcript,
                options,
                AlignmentStatistics.None,
                $"{heard.Tokens.Count} heard and {written.Tokens.Count} written words are too many to align (limit {options.MaxAlignmentCells} pairs)");
        }

        return AlignLayouts(transcript, written, heard, options);
    }

    private static AlignmentResult AlignLayouts(Transcript transcript, ReferenceLayout written, HeardTokens heard, AlignmentOptions options)
    {
        var similarity = new SimilarityTable(heard.Tokens, written.Tokens);
        var heardFor = GlobalAlignment.Align(similarity);
        var starts = new double[written.Tokens.Count];
        var ends = new double[written.Tokens.Count];
        var matched = 0;
        var substituted = 0;
        for (var j = 0; j < heardFor.Length; j++)
        {
            var i = heardFor[j];
            starts[j] = i < 0 ? double.NaN : heard.Starts[i];
            ends[j] = i < 0 ? double.NaN : heard.Ends[i];
            if (i >= 0 && similarity[i, j] >= options.WordMatchSimilarity)
            {
                matched++;
            }
            else if (i >= 0)
            {
                substituted++;
            }
        }

        var interpolated = heardFor.Count(i => i < 0);
        var statistics = new AlignmentStatistics(written.Tokens.Count, matched, substituted, interpolated, heard.Tokens.Count - matched - substituted);
        if (statistics.MatchRate < options.MinimumMatchRate)
        {
            return Fallback(
                transcript,
                options,
                statistics,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"only {statistics.MatchRate * 100:0}% of the lyrics were heard (at least {options.MinimumMatchRate * 100:0}% is needed to trust the alignment); check that the lyrics belong to this song"));
        }

        new MissedWordTiming(starts, ends, written.Tokens, written.LineOfToken).FillAll();
        var lines = LineTiming.Settle(BuildLines(written, starts, ends));
        return new AlignmentResult(new TimedLyrics(lines), statistics, UsedFallback: false, Warnings(written, heardFor, statistics));
    }

    private static List<TimedLine> BuildLines(ReferenceLayout written, double[] starts, double[] ends)
    {
        var lines = new List<TimedLine>(written.Lines.Count);
        foreach (var line in written.Lines)
        {
            var words = new TimedWord?[line.Words.Count];
            for (var w = 0; w < line.Words.Count; w++)
            {
                var word = line.Words[w];
                if (word.TokenCount > 0)
                {
                    var last = word.FirstToken + word.TokenCount - 1;
                    words[w] = new TimedWord(word.Text, starts[word.FirstToken], Math.Max(starts[word.FirstToken], ends[last]));
                }
            }

            var timed = TimePunctuationWords(line, words);
            lines.Add(new TimedLine(timed[0].Start, timed[^1].End, line.Text, timed));
        }

        return lines;
    }

    // A word that is only punctuation ("—", "…") sits at the end of the word before it, or the start of the one after.
    private static List<TimedWord> TimePunctuationWords(ReferenceLine line, TimedWord?[] words)
    {
        var timed = new List<TimedWord>(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] is { } word)
            {
                timed.Add(word);
                continue;
            }

            // Every line has a word with tokens (the layout leaves out lines without), so one follows if none came before.
            var at = timed.Count > 0 ? timed[^1].End : words.Skip(w).First(later => later is not null)!.Start;
            timed.Add(new TimedWord(line.Words[w].Text, at, at));
        }

        return timed;
    }

    private static List<string> Warnings(ReferenceLayout written, int[] heardFor, AlignmentStatistics statistics)
    {
        var warnings = new List<string>();
        var unheardLines = written.Lines
            .Where(line => line.Words.SelectMany(word => Enumerable.Range(word.FirstToken, word.TokenCount)).All(token => heardFor[token] < 0))
            .Select(line => line.Text)
            .ToList();
        if (unheardLines.Count > 0)
        {
            var named = string.Join(", ", unheardLines.Take(LinesNamedInWarnings).Select(text => $"\"{text}\""));
            var more = unheardLines.Count > LinesNamedInWarnings ? $" and {unheardLines.Count - LinesNamedInWarnings} more" : string.Empty;
            warnings.Add($"{unheardLines.Count} lyric line(s) were not heard, so their times are interpolated: {named}{more}");
        }

        if (statistics.ExtraHeard > 0)
        {
            warnings.Add($"{statistics.ExtraHeard} heard word(s) are not in the lyrics (ad-libs, backing vocals or noise) and were left out");
        }

        return warnings;
    }

    private static AlignmentResult Fallback(Transcript transcript, AlignmentOptions options, AlignmentStatistics statistics, string reason) =>
        new(
            LineBuilder.Build(transcript, options.FallbackLines),
            statistics,
            UsedFallback: true,
            [$"{reason}: the lines are the provider's transcription, not the lyrics"]);
}
