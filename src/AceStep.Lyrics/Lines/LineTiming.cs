namespace AceStep.Lyrics.Lines;

/// <summary>Makes line times safe to show: lines in order, none overlapping the next, every word inside its line.</summary>
internal static class LineTiming
{
    public static List<TimedLine> Settle(IReadOnlyList<TimedLine> lines)
    {
        var settled = new List<TimedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var start = settled.Count > 0 ? Math.Max(line.Start, settled[^1].Start) : Math.Max(0, line.Start);
            var nextStart = i + 1 < lines.Count ? Math.Max(lines[i + 1].Start, start) : double.PositiveInfinity;
            var end = Math.Min(Math.Max(line.End, start), nextStart);
            settled.Add(new TimedLine(start, end, line.Text, [.. line.Words.Select(word => Clamp(word, start, end))]));
        }

        return settled;
    }

    private static TimedWord Clamp(TimedWord word, double lineStart, double lineEnd)
    {
        var start = Math.Clamp(word.Start, lineStart, lineEnd);
        return new TimedWord(word.Text, start, Math.Clamp(word.End, start, lineEnd));
    }
}
