namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>A key: tonic pitch class (0 = C … 11 = B) and mode.</summary>
internal sealed record MusicalKey(int TonicPitchClass, bool IsMinor)
{
    public static readonly MusicalKey CMajor = new(0, false);

    private static readonly int[] MajorScale = [0, 2, 4, 5, 7, 9, 11];
    private static readonly int[] NaturalMinorScale = [0, 2, 3, 5, 7, 8, 10];

    /// <summary>Semitones above the tonic of each scale degree (0-based).</summary>
    public IReadOnlyList<int> ScaleSteps => IsMinor ? NaturalMinorScale : MajorScale;

    /// <summary>
    /// Parses "C major", "F# minor", "B♭ major", "Bb minor", "e minor", "Am"… Anything it cannot read is C major,
    /// because the simulator must always produce a song rather than reject a caption's key.
    /// </summary>
    public static MusicalKey Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CMajor;
        }

        var trimmed = text.Trim();
        var letterIndex = "CDEFGAB".IndexOf(char.ToUpperInvariant(trimmed[0]));
        if (letterIndex < 0)
        {
            return CMajor;
        }

        var pitchClass = MajorScale[letterIndex];
        var position = 1;
        if (position < trimmed.Length)
        {
            var accidental = trimmed[position];
            if (accidental is '#' or '♯')
            {
                pitchClass++;
                position++;
            }
            else if (accidental is 'b' or '♭')
            {
                pitchClass--;
                position++;
            }
        }

        var mode = trimmed[position..].Trim();
        var isMinor = mode.StartsWith("min", StringComparison.OrdinalIgnoreCase)
            || mode == "m"
            || mode.StartsWith("aeolian", StringComparison.OrdinalIgnoreCase);
        return new MusicalKey((pitchClass + 12) % 12, isMinor);
    }
}
