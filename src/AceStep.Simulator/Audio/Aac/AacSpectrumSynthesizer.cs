using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Aac;

/// <summary>
/// The song as AAC long-window spectra, one frame (1024 lines of 23.4 Hz, 21 ms) at a time: notes from 1 kHz up,
/// magnitudes within ±<see cref="AacCodebook7.MaxMagnitude"/>, global_gain around 164 (100 is unity).
/// </summary>
internal static class AacSpectrumSynthesizer
{
    public const int FrameLines = 1024;

    /// <summary>Kick: lines 3–5 (70–117 Hz) for 150 ms; click: every 23rd line from 6 to 16 kHz in the onset frame.</summary>
    private static readonly SpectralVoicing Voicing = new()
    {
        BlockLines = FrameLines,
        LowestToneHertz = 1000,
        BaseGain = 164,
        ChordMagnitude = 4,
        Melody = new StepEnvelope((0.1, 6), (0.2, 4), (0.35, 2), (0.5, 1)),
        Kick = new StepEnvelope((0.05, 7), (0.1, 4), (0.15, 1)),
        FirstKickLine = 3,
        LastKickLine = 5,
        FirstClickLine = 256,
        ClickLineLimit = 683,
        ClickLineStep = 23,
    };

    public static QuantizedSpectrum NewFrame() => new(FrameLines);

    public static void Fill(QuantizedSpectrum spectrum, SongPlan plan, long frame) =>
        SpectrumComposer.Fill(spectrum, plan, frame, Voicing);
}
