namespace AceStep.Lyrics;

/// <summary>
/// A song's timed lyrics: lines in time order. <see cref="IsEstimated"/> is true when the times were spread over the song
/// from its structure instead of heard by a transcription provider.
/// </summary>
public sealed record TimedLyrics(IReadOnlyList<TimedLine> Lines, bool IsEstimated = false)
{
    public static TimedLyrics Empty { get; } = new([]);

    /// <summary>The line on screen at <paramref name="seconds"/>, or null between lines.</summary>
    public TimedLine? LineAt(double seconds) => IndexAt(seconds) is var index and >= 0 ? Lines[index] : null;

    /// <summary>The index of the line on screen at <paramref name="seconds"/>, or -1 between lines.</summary>
    public int IndexAt(double seconds)
    {
        var low = 0;
        var high = Lines.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Lines[middle].Start <= seconds)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && seconds < Lines[high].End ? high : -1;
    }

    /// <summary>Every line moved by <paramref name="seconds"/> (positive: later), clamped at zero.</summary>
    public TimedLyrics Shift(double seconds) =>
        this with
        {
            Lines = [.. Lines.Select(line => new TimedLine(
                Math.Max(0, line.Start + seconds),
                Math.Max(0, line.End + seconds),
                line.Text,
                [.. line.Words.Select(word => new TimedWord(word.Text, Math.Max(0, word.Start + seconds), Math.Max(0, word.End + seconds)))]))],
        };
}
