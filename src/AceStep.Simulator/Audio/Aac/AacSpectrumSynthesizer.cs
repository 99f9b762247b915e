using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Aac;

/// <summary>
/// Composes the song directly as AAC long-window spectra, one frame (1024 samples, 21 ms) at a time: each chord
/// and melody note is a single MDCT line held steady (see <see cref="SteadyMdctTone"/>), the beat is a burst of low
/// lines (kick) and spread high lines (click), and the loudness envelope rides on global_gain.
/// </summary>
internal static class AacSpectrumSynthesizer
{
    private const int SampleRate = SongPlan.SampleRate;
    private const int FrameSamples = AacFrameSpectrum.LineCount;

    /// <summary>Hertz between adjacent lines: fs / (2 × 1024) ≈ 23.4 Hz at 48 kHz.</summary>
    private const double LineSpacing = SampleRate / (2.0 * FrameSamples);

    /// <summary>Notes are raised by octaves to 1 kHz or more, where the line spacing is under half a semitone.</summary>
    private const double LowestToneHertz = 1000;

    private const int BaseGain = 164;
    private const int DownbeatAccent = 8;
    private const int BeatAccent = 5;

    public static void Fill(AacFrameSpectrum spectrum, SongPlan plan, long frame)
    {
        spectrum.Clear();
        long frameStart = frame * FrameSamples;
        int beat = (int)Math.Min(plan.BeatCount - 1, Math.Floor((frameStart + FrameSamples - 1) / plan.SamplesPerBeat));
        long beatStart = plan.BeatStartSample(beat);
        double sinceBeat = Math.Max(0, frameStart - beatStart) / (double)SampleRate;

        // Tones count blocks from their own onset, so every beat (and every bar) starts with the same phases
        // whatever its position in the block grid.
        long blocksSinceBeat = frame - (beatStart / FrameSamples);
        long blocksSinceBar = frame - (plan.BeatStartSample(beat - (beat % plan.BeatsPerBar)) / FrameSamples);
        foreach (int note in plan.BarOfBeat(beat).ChordNotes)
        {
            AddTone(spectrum, blocksSinceBar, ToneLine(note), 4);
        }

        int melody = MelodyLevel(sinceBeat);
        if (melody > 0)
        {
            AddTone(spectrum, blocksSinceBeat, ToneLine(plan.MelodyNoteOfBeat(beat)), melody);
        }

        AddBeat(spectrum, blocksSinceBeat, sinceBeat, beatStart >= frameStart);
        int accent = plan.IsDownbeat(beat) ? DownbeatAccent : BeatAccent;
        spectrum.GlobalGain = BaseGain + (int)Math.Round(accent * Math.Exp(-sinceBeat / 0.1));
    }

    private static void AddTone(AacFrameSpectrum spectrum, long blocksSinceOnset, int line, int magnitude) =>
        spectrum.Add(line, SteadyMdctTone.SignedValue(line, blocksSinceOnset, magnitude));

    private static int MelodyLevel(double sinceBeat) => sinceBeat switch
    {
        < 0.1 => 6,
        < 0.2 => 4,
        < 0.35 => 2,
        < 0.5 => 1,
        _ => 0,
    };

    /// <summary>Kick: lines 3–5 (70–117 Hz) for 150 ms; click: every 23rd line from 6 to 16 kHz in the onset frame.</summary>
    private static void AddBeat(AacFrameSpectrum spectrum, long blocksSinceBeat, double sinceBeat, bool onsetFrame)
    {
        int kick = sinceBeat switch
        {
            < 0.05 => 7,
            < 0.1 => 4,
            < 0.15 => 1,
            _ => 0,
        };
        for (int line = 3; kick > 0 && line <= 5; line++)
        {
            AddTone(spectrum, blocksSinceBeat, line, kick);
        }

        if (onsetFrame)
        {
            for (int line = 256; line < 683; line += 23)
            {
                spectrum.Add(line, line % 2 == 0 ? 1 : -1);
            }
        }
    }

    private static int ToneLine(int midi)
    {
        double hertz = Pitch.MidiToHertz(midi);
        while (hertz < LowestToneHertz)
        {
            hertz *= 2;
        }

        return SteadyMdctTone.LineFor(hertz, LineSpacing);
    }
}
