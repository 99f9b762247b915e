using AceStep.Simulator.Audio.Spectral;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// Writes a song as a constant-bitrate MPEG-1 Layer III stream (48 kHz, stereo with identical channels,
/// 128 kbit/s): an "Info" frame whose LAME tag states the end padding, so that ffmpeg and gapless players
/// decode exactly the song's samples, then the audio frames. Decoders that ignore the tag play the whole
/// frames: one silent frame more at the start and up to 1152 + 529 samples more at the end.
/// </summary>
internal static class Mp3Encoder
{
    private const int DecoderDelay = 529;

    /// <summary>ffmpeg recognises an MP3 stream only after several consecutive frames, so even an empty song gets three.</summary>
    private const int MinAudioFrames = 3;

    public static void Write(SongPlan plan, Stream destination)
    {
        // Decoders hold back 529 samples (ffmpeg and LAME agree on the figure), so the frames must reach that far
        // past the song's end for the trimmed output to be complete.
        var frames = Math.Max(MinAudioFrames, (plan.SampleCount + DecoderDelay + Mp3FrameWriter.SamplesPerFrame - 1) / Mp3FrameWriter.SamplesPerFrame);
        var endPadding = (int)((frames * Mp3FrameWriter.SamplesPerFrame) - plan.SampleCount);
        destination.Write(Mp3InfoFrame.Build(Mp3FrameWriter.Header, Mp3FrameWriter.FrameBytes, (int)frames, endPadding));

        var writer = new Mp3FrameWriter();
        QuantizedSpectrum[] granules = [Mp3SpectrumSynthesizer.NewGranule(), Mp3SpectrumSynthesizer.NewGranule()];
        for (long frame = 0; frame < frames; frame++)
        {
            for (var granule = 0; granule < Mp3FrameWriter.GranulesPerFrame; granule++)
            {
                Mp3SpectrumSynthesizer.Fill(granules[granule], plan, (frame * Mp3FrameWriter.GranulesPerFrame) + granule);
            }

            writer.Write(granules, destination);
        }
    }
}
