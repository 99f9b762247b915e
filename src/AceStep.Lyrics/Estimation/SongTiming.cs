using System.Globalization;

namespace AceStep.Lyrics.Estimation;

/// <summary>What is known about a song's time: its length, its tempo and its beats per bar (each may be unknown).</summary>
public sealed record SongTiming(double? DurationSeconds = null, double? Bpm = null, int BeatsPerBar = 4)
{
    /// <summary>From ACE-Step metadata: the time signature as the server writes it (<c>4/4</c>, <c>3/4</c>, <c>6/8</c> or just <c>3</c>); unreadable means 4.</summary>
    public static SongTiming FromMetadata(double? durationSeconds, double? bpm, string? timeSignature)
    {
        var numerator = timeSignature?.Split('/')[0].Trim();
        var beats = int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 16 ? parsed : 4;
        return new SongTiming(durationSeconds, bpm, beats);
    }

    /// <exception cref="ArgumentOutOfRangeException">A value that cannot describe a song (named in the message).</exception>
    public void Validate()
    {
        if (DurationSeconds is { } duration && !(double.IsFinite(duration) && duration > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(DurationSeconds), duration, "the song's duration must be a positive number of seconds");
        }

        if (Bpm is { } bpm && !(double.IsFinite(bpm) && bpm is >= 20 and <= 400))
        {
            throw new ArgumentOutOfRangeException(nameof(Bpm), bpm, "the tempo must be between 20 and 400 BPM");
        }

        if (BeatsPerBar is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(BeatsPerBar), BeatsPerBar, "a bar has 1 to 16 beats");
        }
    }
}
