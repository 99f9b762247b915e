using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// Composes the song directly as Layer III spectra, one granule (576 samples, 12 ms) at a time, instead of
/// analysing PCM: each chord and melody note becomes a single MDCT line, the beat is a short burst of low lines
/// (kick) and high lines (click), and the loudness envelope rides on global_gain.
/// </summary>
internal static class Mp3SpectrumSynthesizer
{
    private const int SampleRate = SongPlan.SampleRate;
    private const int GranuleSamples = GranuleSpectrum.LineCount;

    /// <summary>Hertz between adjacent lines: fs / (2 × 576) ≈ 41.7 Hz at 48 kHz.</summary>
    private const double LineSpacing = SampleRate / (2.0 * GranuleSamples);

    /// <summary>Notes are raised by octaves into 2–4 kHz, where the line spacing is under a third of a semitone.</summary>
    private const double LowestToneHertz = 2000;

    private const int BaseGain = 180;
    private const int DownbeatAccent = 8;
    private const int BeatAccent = 5;

    public static void Fill(GranuleSpectrum spectrum, SongPlan plan, long granule)
    {
        spectrum.Clear();
        long granuleStart = granule * GranuleSamples;
        int beat = (int)Math.Min(plan.BeatCount - 1, Math.Floor((granuleStart + GranuleSamples - 1) / plan.SamplesPerBeat));
        long beatStart = plan.BeatStartSample(beat);
        double sinceBeat = Math.Max(0, granuleStart - beatStart) / (double)SampleRate;

        // Tones count blocks from their own onset, so every beat (and every bar) starts with the same phases
        // whatever its position in the block grid.
        long blocksSinceBeat = granule - (beatStart / GranuleSamples);
        long blocksSinceBar = granule - (plan.BeatStartSample(beat - (beat % plan.BeatsPerBar)) / GranuleSamples);
        foreach (int note in plan.BarOfBeat(beat).ChordNotes)
        {
            AddTone(spectrum, blocksSinceBar, ToneLine(note), 2);
        }

        int melody = MelodyLevel(sinceBeat);
        if (melody > 0)
        {
            AddTone(spectrum, blocksSinceBeat, ToneLine(plan.MelodyNoteOfBeat(beat)), melody);
        }

        AddBeat(spectrum, blocksSinceBeat, sinceBeat, beatStart >= granuleStart);
        int accent = plan.IsDownbeat(beat) ? DownbeatAccent : BeatAccent;
        spectrum.GlobalGain = BaseGain + (int)Math.Round(accent * Math.Exp(-sinceBeat / 0.1));
    }

    private static void AddTone(GranuleSpectrum spectrum, long blocksSinceOnset, int line, int magnitude) =>
        spectrum.Add(line, SteadyMdctTone.SignedValue(line, blocksSinceOnset, magnitude));

    private static int MelodyLevel(double sinceBeat) => sinceBeat switch
    {
        < 0.12 => 3,
        < 0.3 => 2,
        < 0.5 => 1,
        _ => 0,
    };

    /// <summary>Kick: lines 2–3 (83–125 Hz) for 150 ms; click: every 25th line from 6 to 16 kHz in the onset granule.</summary>
    private static void AddBeat(GranuleSpectrum spectrum, long blocksSinceBeat, double sinceBeat, bool onsetGranule)
    {
        int kick = sinceBeat switch
        {
            < 0.08 => 3,
            < 0.15 => 1,
            _ => 0,
        };
        if (kick > 0)
        {
            AddTone(spectrum, blocksSinceBeat, 2, kick);
            AddTone(spectrum, blocksSinceBeat, 3, kick);
        }

        if (onsetGranule)
        {
            for (int line = 150; line < 400; line += 25)
            {
                spectrum.Add(line, line % 50 == 0 ? 1 : -1);
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
