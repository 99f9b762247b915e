namespace AceStep.Lyrics;

/// <summary>A line of a lyrics file that was skipped or changed while reading, with the reason (1-based line or item number).</summary>
public sealed record LyricsWarning(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
