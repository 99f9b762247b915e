namespace AceStep.Lyrics.Lines;

/// <summary>Where recognised words are broken into lines. The defaults read well on a 1080p video and in a karaoke player.</summary>
public sealed record LineBreakOptions
{
    /// <summary>A pause at least this long between two words always ends a line.</summary>
    public double GapSeconds { get; init; } = 1.5;

    /// <summary>
    /// The widest line, in screen columns: a Latin letter is one column, a CJK or Hangul character two. 42 columns is the
    /// usual subtitle width for Latin text and 21 characters of Chinese or Japanese.
    /// </summary>
    public int MaxColumns { get; init; } = 42;

    /// <summary>The most syllables on one line (CJK characters count one each); about two sung phrases.</summary>
    public int MaxSyllables { get; init; } = 16;

    /// <summary>End a line where the provider's segment (Whisper's phrase) ends: the main signal when words carry no punctuation.</summary>
    public bool UseSegments { get; init; } = true;

    /// <summary>End a line at a comma as well as at a full stop, question or exclamation mark.</summary>
    public bool BreakOnCommas { get; init; } = true;

    /// <exception cref="ArgumentOutOfRangeException">A value that cannot produce lines (named in the message).</exception>
    public void Validate()
    {
        if (!double.IsFinite(GapSeconds) || GapSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(GapSeconds), GapSeconds, "the line-break gap must be a positive number of seconds (e.g. 1.5)");
        }

        if (MaxColumns < 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxColumns), MaxColumns, "the widest line must be at least 8 columns (42 is the default)");
        }

        if (MaxSyllables < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSyllables), MaxSyllables, "a line must hold at least 2 syllables (16 is the default)");
        }
    }
}
