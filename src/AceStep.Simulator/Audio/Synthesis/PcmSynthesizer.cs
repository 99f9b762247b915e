namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// Renders a <see cref="SongPlan"/> as 48 kHz stereo PCM: a sustained chord pad per bar, a plucked melody note and a
/// kick with a noise click on every beat (louder on the downbeat), so both the key and the tempo can be measured
/// from the decoded signal. Renders any span of the song on demand, so encoders stream a long song in small
/// blocks instead of holding all of it in memory. Every sound resumes from a closed-form phase and envelope at
/// the block's first sample, so the samples match, to rounding, however the song is cut into blocks.
/// </summary>
internal sealed class PcmSynthesizer
{
    public const int SampleRate = SongPlan.SampleRate;
    public const int Channels = SongPlan.Channels;

    private const double PadAmplitude = 0.07;
    private const double PadDecaySeconds = 3.0;
    private const double MelodyAmplitude = 0.14;
    private const double MelodyDecaySeconds = 0.25;
    private const double DownbeatKickAmplitude = 0.40;
    private const double BeatKickAmplitude = 0.24;
    private const double KickSeconds = 0.25;
    private const double KickDecaySeconds = 0.08;
    private const double KickSweepSeconds = 0.03;
    private const double KickLowHertz = 50;
    private const double KickSweepHertz = 100;
    private const double DownbeatClickAmplitude = 0.10;
    private const double BeatClickAmplitude = 0.06;
    private const double ClickSeconds = 0.004;
    private const double AttackSeconds = 0.005;
    private const double ReleaseSeconds = 0.01;

    private readonly SongPlan _plan;

    public PcmSynthesizer(SongPlan plan) => _plan = plan;

    /// <summary>Samples per channel in the song.</summary>
    public long FrameCount => _plan.SampleCount;

    /// <summary>
    /// Writes the interleaved frames starting at <paramref name="firstFrame"/> into <paramref name="destination"/>
    /// (its length / 2 frames). Frames past the end of the song are silent.
    /// </summary>
    public void Render(long firstFrame, Span<float> destination)
    {
        destination.Clear();
        var endFrame = Math.Min(FrameCount, firstFrame + (destination.Length / Channels));
        if (endFrame <= firstFrame)
        {
            return;
        }

        var block = new Block(destination, firstFrame, endFrame);

        // Sounds started by earlier beats may still ring: the pad for a bar, the kick for a quarter second.
        var lookbackBeats = Math.Max(_plan.BeatsPerBar, (int)Math.Ceiling(KickSeconds * SampleRate / _plan.SamplesPerBeat));
        var firstBeat = Math.Max(0, BeatAt(firstFrame) - lookbackBeats);
        var lastBeat = Math.Min(_plan.BeatCount - 1, BeatAt(endFrame - 1));
        for (var beat = firstBeat; beat <= lastBeat; beat++)
        {
            RenderBeat(block, beat);
        }
    }

    private int BeatAt(long frame) => (int)Math.Floor(frame / _plan.SamplesPerBeat);

    private void RenderBeat(Block block, int beat)
    {
        var start = _plan.BeatStartSample(beat);
        var beatLength = _plan.BeatStartSample(beat + 1) - start;
        var downbeat = _plan.IsDownbeat(beat);
        if (downbeat)
        {
            var barLength = _plan.BeatStartSample(beat + _plan.BeatsPerBar) - start;
            foreach (var note in _plan.BarOfBeat(beat).ChordNotes)
            {
                AddTone(block, Wavetable.Pad, start, barLength, Pitch.MidiToHertz(note), PadAmplitude, PadDecaySeconds, pan: 0.5);
            }
        }

        // The melody alternates slightly left and right so the two channels differ.
        var melodyPan = beat % 2 == 0 ? 0.35 : 0.65;
        AddTone(block, Wavetable.Sine, start, beatLength, Pitch.MidiToHertz(_plan.MelodyNoteOfBeat(beat)), MelodyAmplitude, MelodyDecaySeconds, melodyPan);
        AddKick(block, start, downbeat ? DownbeatKickAmplitude : BeatKickAmplitude);
        AddClick(block, start, downbeat ? DownbeatClickAmplitude : BeatClickAmplitude, beat);
    }

    /// <summary>A tone with a short linear attack, exponential decay and a short release to avoid clicks at the cut.</summary>
    private static void AddTone(Block block, Wavetable waveform, long start, long length, double frequency, double amplitude, double decaySeconds, double pan)
    {
        if (!block.Overlap(start, length, out var first, out var end))
        {
            return;
        }

        var attackSlope = 1.0 / (AttackSeconds * SampleRate);
        var releaseSlope = 1.0 / (ReleaseSeconds * SampleRate);
        var decayPerSample = 1.0 / (decaySeconds * SampleRate);
        var decay = Math.Exp(-decayPerSample);
        var left = amplitude * Math.Sqrt(1 - pan);
        var right = amplitude * Math.Sqrt(pan);
        var step = frequency / SampleRate;
        var phase = Fraction(step * first);
        var envelope = Math.Exp(-decayPerSample * first);
        var samples = block.Samples;
        var offset = block.OffsetOf(start + first);
        for (var i = first; i < end; i++)
        {
            var gate = Math.Min(1.0, Math.Min(i * attackSlope, (length - i) * releaseSlope));
            var value = waveform.At(phase) * envelope * gate;
            samples[offset] += (float)(value * left);
            samples[offset + 1] += (float)(value * right);
            offset += Channels;
            envelope *= decay;
            phase = Fraction(phase + step);
        }
    }

    /// <summary>A kick drum: a sine sweeping down from 150 Hz to 50 Hz under a fast exponential decay.</summary>
    private static void AddKick(Block block, long start, double amplitude)
    {
        var length = (long)(KickSeconds * SampleRate);
        if (!block.Overlap(start, length, out var first, out var end))
        {
            return;
        }

        var sweepDecay = Math.Exp(-1.0 / (KickSweepSeconds * SampleRate));
        var amplitudeDecayPerSample = 1.0 / (KickDecaySeconds * SampleRate);
        var releaseSlope = 1.0 / (ReleaseSeconds * SampleRate);

        // The phase is the running sum of the swept frequency, a geometric series with a closed form.
        var sweep = Math.Pow(sweepDecay, first);
        var phase = Fraction(((KickLowHertz * first) + (KickSweepHertz * (1 - sweep) / (1 - sweepDecay))) / SampleRate);
        var envelope = amplitude * Math.Exp(-amplitudeDecayPerSample * first);
        var amplitudeDecay = Math.Exp(-amplitudeDecayPerSample);
        var samples = block.Samples;
        var offset = block.OffsetOf(start + first);
        for (var i = first; i < end; i++)
        {
            var fade = Math.Min(1.0, (length - i) * releaseSlope);
            var value = (float)(Wavetable.Sine.At(phase) * envelope * fade);
            samples[offset] += value;
            samples[offset + 1] += value;
            offset += Channels;
            phase = Fraction(phase + ((KickLowHertz + (KickSweepHertz * sweep)) / SampleRate));
            sweep *= sweepDecay;
            envelope *= amplitudeDecay;
        }
    }

    /// <summary>A few milliseconds of decaying noise that marks the beat onset across the spectrum.</summary>
    private void AddClick(Block block, long start, double amplitude, int beat)
    {
        var length = (long)(ClickSeconds * SampleRate);
        if (!block.Overlap(start, length, out var first, out var end))
        {
            return;
        }

        // Each click has its own noise sequence, derived from the song's seed and the beat.
        var noise = new SplitMix64(_plan.Seed ^ (0x5EED_C11CL * (beat + 1)));
        for (long skipped = 0; skipped < first * Channels; skipped++)
        {
            noise.NextUInt64();
        }

        var decayPerSample = 4.0 / length;
        var envelope = amplitude * Math.Exp(-decayPerSample * first);
        var decay = Math.Exp(-decayPerSample);
        var samples = block.Samples;
        var offset = block.OffsetOf(start + first);
        for (var i = first; i < end; i++)
        {
            samples[offset] += (float)(noise.NextSignedUnit() * envelope);
            samples[offset + 1] += (float)(noise.NextSignedUnit() * envelope);
            offset += Channels;
            envelope *= decay;
        }
    }

    private static double Fraction(double value) => value - Math.Floor(value);

    /// <summary>The part of the song being rendered: frames [Start, End) of it, interleaved in Samples.</summary>
    private readonly ref struct Block
    {
        public Block(Span<float> samples, long start, long end)
        {
            Samples = samples;
            Start = start;
            End = end;
        }

        public Span<float> Samples { get; }

        public long Start { get; }

        public long End { get; }

        public int OffsetOf(long frame) => (int)(frame - Start) * Channels;

        /// <summary>Which samples of a sound [start, start + length), counted from its start, fall in this block.</summary>
        public bool Overlap(long start, long length, out long first, out long end)
        {
            first = Math.Max(0, Start - start);
            end = Math.Min(length, End - start);
            return end > first;
        }
    }
}
