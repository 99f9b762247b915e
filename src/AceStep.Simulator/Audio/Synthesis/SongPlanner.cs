namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// Turns a <see cref="SongSpec"/> into a <see cref="SongPlan"/>: a looping four-chord progression in the key, one
/// chord per bar, at the requested tempo (clamped to 30–300 BPM) and beats per bar (clamped to 1–16).
/// </summary>
internal static class SongPlanner
{
    private const int MinBpm = 30;
    private const int MaxBpm = 300;
    private const int MinBeatsPerBar = 1;
    private const int MaxBeatsPerBar = 16;

    /// <summary>Chords are built from the tonic at or above C3 (MIDI 48), so they lie between C3 and about A4.</summary>
    private const int ChordBaseMidi = 48;

    /// <summary>The melody doubles chord tones two octaves up, clear of the pad.</summary>
    private const int MelodyOffset = 24;

    /// <summary>Scale degrees (0-based) of I–V–vi–IV.</summary>
    private static readonly int[] MajorProgression = [0, 4, 5, 3];

    /// <summary>Scale degrees (0-based) of i–VI–III–VII.</summary>
    private static readonly int[] MinorProgression = [0, 5, 2, 6];

    public static SongPlan Plan(SongSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!double.IsFinite(spec.DurationSeconds) || spec.DurationSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.DurationSeconds, "Duration must be a finite, non-negative number of seconds.");
        }

        var sampleCount = (long)Math.Round(spec.DurationSeconds * SongPlan.SampleRate, MidpointRounding.AwayFromZero);
        var bpm = Math.Clamp(spec.Bpm, MinBpm, MaxBpm);
        var beatsPerBar = Math.Clamp(spec.BeatsPerBar, MinBeatsPerBar, MaxBeatsPerBar);
        var key = MusicalKey.Parse(spec.KeyScale);

        var samplesPerBar = SongPlan.SampleRate * 60.0 / bpm * beatsPerBar;
        var barCount = Math.Max(1, (int)Math.Ceiling(sampleCount / samplesPerBar));

        var random = new SplitMix64(spec.Seed);
        var inversion = random.NextInt(3);
        var arpeggio = ArpeggioPattern(random, beatsPerBar);
        var progression = key.IsMinor ? MinorProgression : MajorProgression;

        var bars = new BarPlan[barCount];
        for (var bar = 0; bar < barCount; bar++)
        {
            var degree = progression[bar % progression.Length];
            var chord = Triad(key, degree, inversion);
            bars[bar] = new BarPlan(chord, Melody(key, chord, arpeggio, random, isFirstBar: bar == 0));
        }

        return new SongPlan(sampleCount, bpm, beatsPerBar, bars, spec.Seed);
    }

    private static int[] ArpeggioPattern(SplitMix64 random, int beatsPerBar)
    {
        var pattern = new int[beatsPerBar];
        for (var beat = 0; beat < beatsPerBar; beat++)
        {
            pattern[beat] = random.NextInt(3);
        }

        return pattern;
    }

    /// <summary>A diatonic triad on <paramref name="degree"/>, in the given inversion, as MIDI notes.</summary>
    private static int[] Triad(MusicalKey key, int degree, int inversion)
    {
        var tonicMidi = ChordBaseMidi + key.TonicPitchClass;
        var notes = new int[3];
        for (var voice = 0; voice < 3; voice++)
        {
            var scaleIndex = degree + (2 * voice);
            var octave = scaleIndex / 7;
            notes[voice] = tonicMidi + key.ScaleSteps[scaleIndex % 7] + (12 * octave);
        }

        for (var i = 0; i < inversion; i++)
        {
            notes[i] += 12;
        }

        Array.Sort(notes);
        return notes;
    }

    /// <summary>
    /// One melody note per beat: mostly the arpeggiated chord, sometimes (by seed) a neighbouring scale tone.
    /// The first bar uses chord tones only, so the tonic chord is unmistakable at the start of every song.
    /// </summary>
    private static int[] Melody(MusicalKey key, int[] chord, int[] arpeggio, SplitMix64 random, bool isFirstBar)
    {
        var melody = new int[arpeggio.Length];
        for (var beat = 0; beat < arpeggio.Length; beat++)
        {
            var note = chord[arpeggio[beat]] + MelodyOffset;
            var passingTone = !isFirstBar && random.NextInt(4) == 0;
            melody[beat] = passingTone ? NextScaleTone(key, note) : note;
        }

        return melody;
    }

    private static int NextScaleTone(MusicalKey key, int midi)
    {
        for (var step = 1; step <= 2; step++)
        {
            var pitchClass = ((midi + step - key.TonicPitchClass) % 12 + 12) % 12;
            if (key.ScaleSteps.Contains(pitchClass))
            {
                return midi + step;
            }
        }

        return midi;
    }
}
