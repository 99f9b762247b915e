using System.Buffers.Binary;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio.Mp3;

public sealed class Mp3StreamTests
{
    private const int FrameBytes = 384; // 128 kbit/s at 48 kHz

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(7.77)]
    public void The_stream_is_an_info_frame_then_constant_bitrate_frames_reaching_past_the_decoder_delay(double seconds)
    {
        var bytes = RenderedFile.Render(new SongSpec(seconds, 120, "C major", 4, 1), AudioContainer.Mp3);

        var samples = (long)Math.Round(seconds * 48_000);
        var audioFrames = Math.Max(3, (long)Math.Ceiling((samples + 529) / 1152.0));
        Assert.Equal((audioFrames + 1) * FrameBytes, bytes.Length);
        for (var frame = 0; frame <= audioFrames; frame++)
        {
            // Sync, MPEG-1 Layer III without CRC, 128 kbit/s, 48 kHz, no padding, stereo.
            Assert.Equal(new byte[] { 0xFF, 0xFB, 0x94, 0x04 }, bytes[(frame * FrameBytes)..((frame * FrameBytes) + 4)]);
        }
    }

    [Fact]
    public void The_info_frame_counts_the_frames_and_carries_the_end_padding_under_a_valid_CRC()
    {
        var bytes = RenderedFile.Render(new SongSpec(2.5, 120, "C major", 4, 1), AudioContainer.Mp3);
        ReadOnlySpan<byte> info = bytes.AsSpan(0, FrameBytes);

        Assert.Equal("Info"u8.ToArray(), info[36..40].ToArray());
        var audioFrames = BinaryPrimitives.ReadInt32BigEndian(info[44..]);
        Assert.Equal((bytes.Length / FrameBytes) - 1, audioFrames);
        Assert.Equal("LAME"u8.ToArray(), info[156..160].ToArray());
        var delays = (info[177] << 16) | (info[178] << 8) | info[179];
        Assert.Equal(0, delays >> 12);
        Assert.Equal((audioFrames * 1152) - 120_000, delays & 0xFFF);
        Assert.Equal(ArcCrc(info[..190]), BinaryPrimitives.ReadUInt16BigEndian(info[190..]));
    }

    /// <summary>CRC-16/ARC written out bit by bit, independently of the production table.</summary>
    private static ushort ArcCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }

        return (ushort)crc;
    }
}
