using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Lines;

/// <summary>
/// Splits a phrase that is too long for one line into as few lines as fit, choosing among those splits the one with
/// the most even lines, preferring to break where the singer pauses (minimum raggedness, by dynamic programming).
/// </summary>
internal static class PhraseSplitter
{
    private const double LinePenalty = 1000;
    private const double RaggednessWeight = 100;
    private const double PauseBonusPerSecond = 40;
    private const double LongestPauseCounted = 1.0;

    /// <returns>The number of words on each line, in order.</returns>
    public static IReadOnlyList<int> Split(IReadOnlyList<TimedWord> words, LineBreakOptions options)
    {
        var count = words.Count;
        var columns = words.Select(word => DisplayWidth.Of(word.Text)).ToArray();
        var syllables = words.Select(word => SyllableCounter.Count(word.Text)).ToArray();
        var best = new double[count + 1];
        var lineStart = new int[count + 1];
        for (var end = 1; end <= count; end++)
        {
            best[end] = double.PositiveInfinity;
            var width = 0;
            var syllableCount = 0;
            for (var start = end - 1; start >= 0; start--)
            {
                width += columns[start] + (start < end - 1 && WordJoiner.NeedsSpace(words[start].Text, words[start + 1].Text) ? 1 : 0);
                syllableCount += syllables[start];
                var fits = width <= options.MaxColumns && syllableCount <= options.MaxSyllables;
                if (!fits && start < end - 1)
                {
                    break;
                }

                var fill = Math.Min(1, Math.Max((double)width / options.MaxColumns, (double)syllableCount / options.MaxSyllables));
                var cost = best[start] + LinePenalty + (RaggednessWeight * (1 - fill) * (1 - fill)) - PauseBonus(words, end, count);
                if (cost < best[end])
                {
                    best[end] = cost;
                    lineStart[end] = start;
                }
            }
        }

        var lengths = new List<int>();
        for (var end = count; end > 0; end = lineStart[end])
        {
            lengths.Add(end - lineStart[end]);
        }

        lengths.Reverse();
        return lengths;
    }

    private static double PauseBonus(IReadOnlyList<TimedWord> words, int end, int count) =>
        end >= count ? 0 : PauseBonusPerSecond * Math.Clamp(words[end].Start - words[end - 1].End, 0, LongestPauseCounted);
}
