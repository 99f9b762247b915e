using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio.Aac;

public sealed class AdtsStreamTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(7.77)]
    public void The_stream_is_fixed_size_ADTS_frames_covering_the_duration(double seconds)
    {
        var bytes = RenderedFile.Render(new SongSpec(seconds, 120, "C major", 4, 1), AudioContainer.Aac);

        const int frameBytes = 384;
        var frames = (long)Math.Ceiling(seconds * 48_000 / 1024);
        Assert.Equal(frames * frameBytes, bytes.Length);
        for (var frame = 0; frame < frames; frame++)
        {
            ReadOnlySpan<byte> header = bytes.AsSpan(frame * frameBytes, 7);
            Assert.Equal(0xFFF, (header[0] << 4) | (header[1] >> 4));
            Assert.Equal(1, header[1] & 1);                      // no CRC
            Assert.Equal(1, header[2] >> 6);                     // AAC LC
            Assert.Equal(3, (header[2] >> 2) & 0xF);             // 48 kHz
            Assert.Equal(2, ((header[2] & 1) << 2) | (header[3] >> 6)); // stereo
            Assert.Equal(frameBytes, ((header[3] & 3) << 11) | (header[4] << 3) | (header[5] >> 5));
        }
    }
}
