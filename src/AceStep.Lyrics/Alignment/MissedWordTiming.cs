namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Gives times to written tokens the provider did not hear, from the heard tokens around them. A run that fits its
/// window (at most 1.5 times its length at the song's own pace) is spread over it in proportion to syllables. A run
/// that faces a long silence is kept with its own line: the end of a line sits after the last heard word of that line
/// at the song's pace, the start of a line before the next heard word, whole missed lines in the middle of the silence.
/// </summary>
internal sealed class MissedWordTiming(double[] starts, double[] ends, IReadOnlyList<AlignmentToken> tokens, IReadOnlyList<int> lineOfToken)
{
    private const double RoomyWindow = 1.5;
    private const double DefaultSecondsPerSyllable = 0.3;

    private readonly double secondsPerSyllable = Pace(starts, ends, tokens);

    public void FillAll()
    {
        var index = 0;
        while (index < starts.Length)
        {
            if (!double.IsNaN(starts[index]))
            {
                index++;
                continue;
            }

            var first = index;
            while (index < starts.Length && double.IsNaN(starts[index]))
            {
                index++;
            }

            Fill(first, index - 1, first - 1, index < starts.Length ? index : -1);
        }
    }

    private void Fill(int first, int last, int previous, int next)
    {
        if (previous < 0)
        {
            var end = next < 0 ? Needed(first, last) : starts[next];
            Spread(first, last, Math.Max(0, end - Needed(first, last)), end);
            return;
        }

        if (next < 0)
        {
            Spread(first, last, ends[previous], ends[previous] + Needed(first, last));
            return;
        }

        var from = ends[previous];
        var to = Math.Max(from, starts[next]);
        if (to - from <= RoomyWindow * Needed(first, last) || lineOfToken[previous] == lineOfToken[next])
        {
            Spread(first, last, from, to);
            return;
        }

        var headLast = first - 1;
        while (headLast < last && lineOfToken[headLast + 1] == lineOfToken[previous])
        {
            headLast++;
        }

        var tailFirst = last + 1;
        while (tailFirst > headLast + 1 && lineOfToken[tailFirst - 1] == lineOfToken[next])
        {
            tailFirst--;
        }

        var headEnd = from + Needed(first, headLast);
        var tailStart = to - Needed(tailFirst, last);
        Spread(first, headLast, from, headEnd);
        Spread(tailFirst, last, tailStart, to);
        FillMiddle(headLast + 1, tailFirst - 1, headEnd, tailStart);
    }

    private void FillMiddle(int first, int last, double from, double to)
    {
        var needed = Needed(first, last);
        if (to - from <= RoomyWindow * needed)
        {
            Spread(first, last, from, to);
            return;
        }

        var start = from + ((to - from - needed) / 2);
        Spread(first, last, start, start + needed);
    }

    private double Needed(int first, int last)
    {
        var weight = 0;
        for (var index = first; index <= last; index++)
        {
            weight += tokens[index].Weight;
        }

        return weight * secondsPerSyllable;
    }

    private void Spread(int first, int last, double from, double to)
    {
        if (last < first)
        {
            return;
        }

        var total = 0;
        for (var index = first; index <= last; index++)
        {
            total += tokens[index].Weight;
        }

        var done = 0;
        for (var index = first; index <= last; index++)
        {
            starts[index] = from + ((to - from) * done / total);
            done += tokens[index].Weight;
            ends[index] = from + ((to - from) * done / total);
        }
    }

    // The median time per syllable of the heard tokens: how fast this song is sung.
    private static double Pace(double[] starts, double[] ends, IReadOnlyList<AlignmentToken> tokens)
    {
        var paces = new List<double>();
        for (var index = 0; index < starts.Length; index++)
        {
            if (!double.IsNaN(starts[index]) && ends[index] > starts[index])
            {
                paces.Add((ends[index] - starts[index]) / tokens[index].Weight);
            }
        }

        if (paces.Count == 0)
        {
            return DefaultSecondsPerSyllable;
        }

        paces.Sort();
        return paces[paces.Count / 2];
    }
}
