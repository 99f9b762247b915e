namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// The musical content of a song, independent of how it is turned into sound. The PCM synthesizer and the
/// spectral encoders (MP3, AAC) both read it, so every container carries the same chords and beat.
/// </summary>
internal sealed class SongPlan
{
    public const int SampleRate = 48_000;
    public const int Channels = 2;

    public SongPlan(long sampleCount, int bpm, int beatsPerBar, IReadOnlyList<BarPlan> bars, long seed)
    {
        SampleCount = sampleCount;
        Bpm = bpm;
        BeatsPerBar = beatsPerBar;
        Bars = bars;
        Seed = seed;
    }

    /// <summary>Samples per channel.</summary>
    public long SampleCount { get; }

    public int Bpm { get; }

    public int BeatsPerBar { get; }

    /// <summary>Enough bars to cover <see cref="SampleCount"/>.</summary>
    public IReadOnlyList<BarPlan> Bars { get; }

    /// <summary>The spec's seed, for the small random details of the sound itself (the click noise).</summary>
    public long Seed { get; }

    public double SamplesPerBeat => SampleRate * 60.0 / Bpm;

    public int BeatCount => (int)Math.Ceiling(SampleCount / SamplesPerBeat);

    /// <summary>The first sample of a beat, counted from the start of the song.</summary>
    public long BeatStartSample(int beatIndex) => (long)Math.Round(beatIndex * SamplesPerBeat);

    public bool IsDownbeat(int beatIndex) => beatIndex % BeatsPerBar == 0;

    public BarPlan BarOfBeat(int beatIndex) => Bars[beatIndex / BeatsPerBar];

    public int MelodyNoteOfBeat(int beatIndex) => BarOfBeat(beatIndex).MelodyNotes[beatIndex % BeatsPerBar];
}
