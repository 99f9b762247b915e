namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// Renders a <see cref="SongPlan"/> as 48 kHz stereo PCM: a sustained chord pad per bar, a plucked melody note and a
/// kick with a noise click on every beat (louder on the downbeat), so both the key and the tempo can be measured
/// from the decoded signal.
/// </summary>
internal static class PcmSynthesizer
{
    private const double PadAmplitude = 0.07;
    private const double PadOvertoneAmplitude = 0.02;
    private const double PadDecaySeconds = 3.0;
    private const double MelodyAmplitude = 0.14;
    private const double MelodyDecaySeconds = 0.25;
    private const double DownbeatKickAmplitude = 0.40;
    private const double BeatKickAmplitude = 0.24;
    private const double KickSeconds = 0.25;
    private const double ClickAmplitude = 0.10;
    private const double ClickSeconds = 0.004;
    private const double AttackSeconds = 0.005;
    private const double ReleaseSeconds = 0.01;

    public static PcmAudio Render(SongPlan plan)
    {
        var samples = new float[checked((int)(plan.SampleCount * SongPlan.Channels))];
        var noise = new SplitMix64(plan.Seed ^ 0x5EED_C11C);
        for (int beat = 0; beat < plan.BeatCount; beat++)
        {
            long start = plan.BeatStartSample(beat);
            long beatLength = plan.BeatStartSample(beat + 1) - start;
            bool downbeat = plan.IsDownbeat(beat);
            if (downbeat)
            {
                AddPad(samples, plan, beat, start);
            }

            // The melody alternates slightly left and right so the two channels differ.
            double pan = beat % 2 == 0 ? 0.35 : 0.65;
            AddTone(samples, start, beatLength, Pitch.MidiToHertz(plan.MelodyNoteOfBeat(beat)), MelodyAmplitude, MelodyDecaySeconds, pan);
            AddKick(samples, start, downbeat ? DownbeatKickAmplitude : BeatKickAmplitude);
            AddClick(samples, start, downbeat ? ClickAmplitude : ClickAmplitude * 0.6, noise);
        }

        return new PcmAudio(SongPlan.SampleRate, SongPlan.Channels, samples);
    }

    private static void AddPad(float[] samples, SongPlan plan, int downbeat, long start)
    {
        long length = plan.BeatStartSample(downbeat + plan.BeatsPerBar) - start;
        foreach (int note in plan.BarOfBeat(downbeat).ChordNotes)
        {
            double frequency = Pitch.MidiToHertz(note);
            AddTone(samples, start, length, frequency, PadAmplitude, PadDecaySeconds, 0.5);
            AddTone(samples, start, length, frequency * 2, PadOvertoneAmplitude, PadDecaySeconds, 0.5);
        }
    }

    /// <summary>A sine with a short linear attack, exponential decay and a short release to avoid clicks at the cut.</summary>
    private static void AddTone(float[] samples, long start, long length, double frequency, double amplitude, double decaySeconds, double pan)
    {
        int frames = FramesAvailable(samples, start, length);
        double attackSlope = 1.0 / (AttackSeconds * SongPlan.SampleRate);
        double releaseSlope = 1.0 / (ReleaseSeconds * SongPlan.SampleRate);
        double decay = Math.Exp(-1.0 / (decaySeconds * SongPlan.SampleRate));
        double left = amplitude * Math.Sqrt(1 - pan);
        double right = amplitude * Math.Sqrt(pan);
        double step = frequency / SongPlan.SampleRate;
        double phase = 0;
        double envelope = 1;
        long offset = start * SongPlan.Channels;
        for (int i = 0; i < frames; i++)
        {
            double gate = Math.Min(1.0, Math.Min(i * attackSlope, (frames - i) * releaseSlope));
            double value = SineTable.Sin(phase) * envelope * gate;
            samples[offset] += (float)(value * left);
            samples[offset + 1] += (float)(value * right);
            offset += SongPlan.Channels;
            envelope *= decay;
            phase += step;
            phase -= Math.Floor(phase);
        }
    }

    /// <summary>A kick drum: a sine sweeping down from about 150 Hz to 50 Hz under a fast exponential decay.</summary>
    private static void AddKick(float[] samples, long start, double amplitude)
    {
        int frames = FramesAvailable(samples, start, (long)(KickSeconds * SongPlan.SampleRate));
        double sweepDecay = Math.Exp(-1.0 / (0.03 * SongPlan.SampleRate));
        double ampDecay = Math.Exp(-1.0 / (0.08 * SongPlan.SampleRate));
        double sweep = 1;
        double envelope = amplitude;
        double phase = 0;
        double releaseSlope = 1.0 / (ReleaseSeconds * SongPlan.SampleRate);
        long offset = start * SongPlan.Channels;
        for (int i = 0; i < frames; i++)
        {
            double fade = Math.Min(1.0, (frames - i) * releaseSlope);
            float value = (float)(SineTable.Sin(phase) * envelope * fade);
            samples[offset] += value;
            samples[offset + 1] += value;
            offset += SongPlan.Channels;
            phase += (50 + (100 * sweep)) / SongPlan.SampleRate;
            phase -= Math.Floor(phase);
            sweep *= sweepDecay;
            envelope *= ampDecay;
        }
    }

    /// <summary>A few milliseconds of decaying noise that marks the beat onset across the spectrum.</summary>
    private static void AddClick(float[] samples, long start, double amplitude, SplitMix64 noise)
    {
        int frames = FramesAvailable(samples, start, (long)(ClickSeconds * SongPlan.SampleRate));
        double decay = Math.Exp(-4.0 / Math.Max(1, frames));
        double envelope = amplitude;
        long offset = start * SongPlan.Channels;
        for (int i = 0; i < frames; i++)
        {
            samples[offset] += (float)(noise.NextSignedUnit() * envelope);
            samples[offset + 1] += (float)(noise.NextSignedUnit() * envelope);
            offset += SongPlan.Channels;
            envelope *= decay;
        }
    }

    private static int FramesAvailable(float[] samples, long start, long length)
    {
        long totalFrames = samples.Length / SongPlan.Channels;
        return (int)Math.Max(0, Math.Min(length, totalFrames - start));
    }
}
