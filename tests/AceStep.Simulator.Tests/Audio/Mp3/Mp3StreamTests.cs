using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio.Mp3;

public sealed class Mp3StreamTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(7.77)]
    public void TheStreamIsWholeConstantBitrateFramesCoveringTheDuration(double seconds)
    {
        byte[] bytes = RenderedFile.Render(new SongSpec(seconds, 120, "C major", 4, 1), AudioContainer.Mp3);

        const int frameBytes = 384; // 128 kbit/s at 48 kHz
        long frames = (long)Math.Ceiling(seconds * 48_000 / 1152);
        Assert.Equal(frames * frameBytes, bytes.Length);
        for (int frame = 0; frame < frames; frame++)
        {
            // Sync, MPEG-1 Layer III without CRC, 128 kbit/s, 48 kHz, no padding, stereo.
            Assert.Equal(new byte[] { 0xFF, 0xFB, 0x94, 0x04 }, bytes[(frame * frameBytes)..((frame * frameBytes) + 4)]);
        }
    }
}
