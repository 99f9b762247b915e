using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Aac;

/// <summary>
/// Writes a song as raw ADTS AAC-LC (48 kHz, stereo with identical channels, fixed 384-byte frames of 1024
/// samples). The stream is whole frames, so it runs at most one frame (21 ms) past the requested duration.
/// </summary>
internal static class AdtsAacEncoder
{
    public static void Write(SongPlan plan, Stream destination)
    {
        var frames = Math.Max(1, (plan.SampleCount + AdtsFrameWriter.SamplesPerFrame - 1) / AdtsFrameWriter.SamplesPerFrame);
        var writer = new AdtsFrameWriter();
        var spectrum = AacSpectrumSynthesizer.NewFrame();
        for (long frame = 0; frame < frames; frame++)
        {
            AacSpectrumSynthesizer.Fill(spectrum, plan, frame);
            writer.Write(spectrum, destination);
        }
    }
}
