using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Spectral;

/// <summary>
/// Composes the song directly as MDCT spectra, one block at a time, instead of analysing PCM: each chord and
/// melody note is a single line held steady (see <see cref="SteadyMdctTone"/>), the beat is a burst of low lines
/// (kick) and spread high lines with alternating signs (click), and the loudness envelope rides on global_gain.
/// The codec's <see cref="SpectralVoicing"/> says where and how loud.
/// </summary>
internal static class SpectrumComposer
{
    private const int SampleRate = SongPlan.SampleRate;
    private const int DownbeatAccent = 8;
    private const int BeatAccent = 5;

    /// <summary>Seconds for a beat's gain accent to fall by a factor of e.</summary>
    private const double AccentDecaySeconds = 0.1;

    public static void Fill(QuantizedSpectrum spectrum, SongPlan plan, long block, SpectralVoicing voicing)
    {
        spectrum.Clear();
        var blockSamples = voicing.BlockLines;
        var blockStart = block * blockSamples;
        var beat = (int)Math.Min(plan.BeatCount - 1, Math.Floor((blockStart + blockSamples - 1) / plan.SamplesPerBeat));
        var beatStart = plan.BeatStartSample(beat);
        var sinceBeat = Math.Max(0, blockStart - beatStart) / (double)SampleRate;

        // Tones count blocks from their own onset, so every beat (and every bar) starts with the same phases
        // whatever its position in the block grid.
        var blocksSinceBeat = block - (beatStart / blockSamples);
        var blocksSinceBar = block - (plan.BeatStartSample(beat - (beat % plan.BeatsPerBar)) / blockSamples);
        foreach (var note in plan.BarOfBeat(beat).ChordNotes)
        {
            AddTone(spectrum, blocksSinceBar, ToneLine(note, voicing), voicing.ChordMagnitude);
        }

        var melody = voicing.Melody.LevelAt(sinceBeat);
        if (melody > 0)
        {
            AddTone(spectrum, blocksSinceBeat, ToneLine(plan.MelodyNoteOfBeat(beat), voicing), melody);
        }

        AddBeat(spectrum, blocksSinceBeat, sinceBeat, beatStart >= blockStart, voicing);
        var accent = plan.IsDownbeat(beat) ? DownbeatAccent : BeatAccent;
        spectrum.GlobalGain = voicing.BaseGain + (int)Math.Round(accent * Math.Exp(-sinceBeat / AccentDecaySeconds));
    }

    private static void AddTone(QuantizedSpectrum spectrum, long blocksSinceOnset, int line, int magnitude) =>
        spectrum.Add(line, SteadyMdctTone.SignedValue(line, blocksSinceOnset, magnitude));

    private static void AddBeat(QuantizedSpectrum spectrum, long blocksSinceBeat, double sinceBeat, bool onsetBlock, SpectralVoicing voicing)
    {
        var kick = voicing.Kick.LevelAt(sinceBeat);
        for (var line = voicing.FirstKickLine; kick > 0 && line <= voicing.LastKickLine; line++)
        {
            AddTone(spectrum, blocksSinceBeat, line, kick);
        }

        if (onsetBlock)
        {
            var sign = 1;
            for (var line = voicing.FirstClickLine; line < voicing.ClickLineLimit; line += voicing.ClickLineStep)
            {
                spectrum.Add(line, sign);
                sign = -sign;
            }
        }
    }

    private static int ToneLine(int midi, SpectralVoicing voicing)
    {
        var hertz = Pitch.MidiToHertz(midi);
        while (hertz < voicing.LowestToneHertz)
        {
            hertz *= 2;
        }

        return SteadyMdctTone.LineFor(hertz, SampleRate / (2.0 * voicing.BlockLines));
    }
}
