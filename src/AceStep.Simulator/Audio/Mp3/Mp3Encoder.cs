using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// Writes a song as a constant-bitrate MPEG-1 Layer III stream (48 kHz, stereo with identical channels,
/// 128 kbit/s). Being CBR, players and ffprobe derive the duration from the file size: whole frames of 1152
/// samples, so the stream is at most one frame (24 ms) longer than requested.
/// </summary>
internal static class Mp3Encoder
{
    public static void Write(SongPlan plan, Stream destination)
    {
        long frames = Math.Max(1, (plan.SampleCount + Mp3FrameWriter.SamplesPerFrame - 1) / Mp3FrameWriter.SamplesPerFrame);
        var writer = new Mp3FrameWriter();
        GranuleSpectrum[] granules = [new GranuleSpectrum(), new GranuleSpectrum()];
        for (long frame = 0; frame < frames; frame++)
        {
            for (int granule = 0; granule < Mp3FrameWriter.GranulesPerFrame; granule++)
            {
                Mp3SpectrumSynthesizer.Fill(granules[granule], plan, (frame * Mp3FrameWriter.GranulesPerFrame) + granule);
            }

            writer.Write(granules, destination);
        }
    }
}
