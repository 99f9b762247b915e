using AceStep.Lyrics.Text;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Lines;

/// <summary>
/// Turns recognised words into lines people can sing along to. A line ends after a word that ends a phrase (. ! ? 。！？
/// and, by default, commas), at a pause of <see cref="LineBreakOptions.GapSeconds"/> or more, and where the provider's
/// segment ends; a phrase still too wide or too long to sing in one line is split evenly, at its pauses where it has them.
/// Words are joined as their script is written (spaces for Latin and Hangul, none for CJK and Thai), the line's trailing
/// comma or full stop is dropped, a line ends when its last word ends, and no line runs into the next.
/// </summary>
public static class LineBuilder
{
    public static TimedLyrics Build(Transcript transcript, LineBreakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return Build(transcript.Words, transcript.Segments, options);
    }

    /// <exception cref="ArgumentOutOfRangeException">The options cannot produce lines (see <see cref="LineBreakOptions.Validate"/>).</exception>
    public static TimedLyrics Build(IReadOnlyList<RecognizedWord> words, IReadOnlyList<RecognizedSegment> segments, LineBreakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(segments);
        options ??= new LineBreakOptions();
        options.Validate();
        var (cleanWords, punctuationBreaks) = Clean(words, options);
        var breaks = FindBreaks(cleanWords, punctuationBreaks, options.UseSegments ? segments : [], options);
        var lines = new List<TimedLine>();
        var phraseStart = 0;
        for (var i = 0; i < cleanWords.Count; i++)
        {
            if (breaks[i])
            {
                AddPhrase(cleanWords.GetRange(phraseStart, i + 1 - phraseStart), options, lines);
                phraseStart = i + 1;
            }
        }

        return new TimedLyrics(LineTiming.Settle(lines));
    }

    // Trimmed words in time order; a word that is only punctuation is not shown but still ends the phrase before it.
    private static (List<TimedWord> Words, HashSet<int> PunctuationBreaks) Clean(IReadOnlyList<RecognizedWord> words, LineBreakOptions options)
    {
        var clean = new List<TimedWord>(words.Count);
        var punctuationBreaks = new HashSet<int>();
        foreach (var word in words.OrderBy(word => word.Start))
        {
            var text = word.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (LyricPunctuation.IsPunctuationOnly(text))
            {
                if (clean.Count > 0 && LyricPunctuation.EndsPhrase(text, options.BreakOnCommas))
                {
                    punctuationBreaks.Add(clean.Count - 1);
                }

                continue;
            }

            var start = Math.Max(0, word.Start);
            clean.Add(new TimedWord(text, start, Math.Max(start, word.End)));
        }

        return (clean, punctuationBreaks);
    }

    private static bool[] FindBreaks(List<TimedWord> words, HashSet<int> punctuationBreaks, IReadOnlyList<RecognizedSegment> segments, LineBreakOptions options)
    {
        var breaks = new bool[words.Count];
        var segmentOf = SegmentIndexes(words, segments);
        for (var i = 0; i < words.Count; i++)
        {
            var last = i == words.Count - 1;
            breaks[i] = last
                || punctuationBreaks.Contains(i)
                || LyricPunctuation.EndsPhrase(words[i].Text, options.BreakOnCommas)
                || words[i + 1].Start - words[i].End >= options.GapSeconds
                || segmentOf[i] != segmentOf[i + 1];
        }

        return breaks;
    }

    // Each word belongs to the last segment that starts at or before its middle; without segments, all to one.
    private static int[] SegmentIndexes(List<TimedWord> words, IReadOnlyList<RecognizedSegment> segments)
    {
        var starts = segments.Select(segment => segment.Start).Order().ToArray();
        var indexes = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var middle = (words[i].Start + words[i].End) / 2;
            var found = Array.BinarySearch(starts, middle);
            indexes[i] = found >= 0 ? LastEqual(starts, found) : ~found - 1;
        }

        return indexes;
    }

    private static int LastEqual(double[] starts, int index)
    {
        while (index + 1 < starts.Length && starts[index + 1] == starts[index])
        {
            index++;
        }

        return index;
    }

    private static void AddPhrase(List<TimedWord> phrase, LineBreakOptions options, List<TimedLine> lines)
    {
        var first = 0;
        foreach (var length in PhraseSplitter.Split(phrase, options))
        {
            var words = phrase.GetRange(first, length);
            first += length;
            // Never empty: punctuation-only words were left out, so a letter or digit remains before the trimmed tail.
            words[^1] = words[^1] with { Text = LyricPunctuation.TrimLineEnd(words[^1].Text) };
            lines.Add(new TimedLine(words[0].Start, words[^1].End, WordJoiner.Join(words.Select(word => word.Text)), words));
        }
    }
}
