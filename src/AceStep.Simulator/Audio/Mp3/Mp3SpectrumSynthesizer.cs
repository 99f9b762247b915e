using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// The song as Layer III spectra, one granule (576 long-block lines of 41.7 Hz, 12 ms) at a time: notes raised
/// into 2–4 kHz, where the spacing is under a third of a semitone, magnitudes within
/// ±<see cref="HuffmanTable5.MaxMagnitude"/>, global_gain around 180.
/// </summary>
internal static class Mp3SpectrumSynthesizer
{
    public const int GranuleLines = 576;

    /// <summary>Kick: lines 2–3 (83–125 Hz) for 150 ms; click: every 25th line from 6 to 16 kHz in the onset granule.</summary>
    private static readonly SpectralVoicing Voicing = new()
    {
        BlockLines = GranuleLines,
        LowestToneHertz = 2000,
        BaseGain = 180,
        ChordMagnitude = 2,
        Melody = new StepEnvelope((0.12, 3), (0.3, 2), (0.5, 1)),
        Kick = new StepEnvelope((0.08, 3), (0.15, 1)),
        FirstKickLine = 2,
        LastKickLine = 3,
        FirstClickLine = 150,
        ClickLineLimit = 400,
        ClickLineStep = 25,
    };

    public static QuantizedSpectrum NewGranule() => new(GranuleLines);

    public static void Fill(QuantizedSpectrum spectrum, SongPlan plan, long granule) =>
        SpectrumComposer.Fill(spectrum, plan, granule, Voicing);
}
