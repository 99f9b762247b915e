namespace AceStep.Lyrics;

/// <summary>
/// One lyric line as it is shown on screen: its text, when it starts and ends (seconds from the start of the song), and
/// its words with their own times when the source knew them (empty otherwise).
/// </summary>
public sealed record TimedLine(double Start, double End, string Text, IReadOnlyList<TimedWord> Words)
{
    public TimedLine(double start, double end, string text)
        : this(start, end, text, [])
    {
    }

    public bool HasWordTimes => Words.Count > 0;

    public double Duration => End - Start;
}
