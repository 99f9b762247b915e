using System.Buffers.Binary;

namespace AceStep.Client.Audio;

/// <summary>An MPEG audio frame header: enough to walk frames and read a Xing/Info/VBRI frame count.</summary>
internal readonly record struct Mp3Frame(int Length, int SampleRate, int SamplesPerFrame, int SideInfoLength)
{
    private static readonly int[] Mpeg1Layer3Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer3Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1Layer2Bitrates = [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384];
    private static readonly int[] Mpeg1Layer1Bitrates = [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448];
    private static readonly int[] Mpeg2Layer1Bitrates = [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256];
    private static readonly int[] SampleRates = [44100, 48000, 32000];

    public static bool TryParse(ReadOnlySpan<byte> header, out Mp3Frame frame)
    {
        frame = default;
        if (header.Length < 4 || header[0] != 0xFF || (header[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var versionBits = (header[1] >> 3) & 0x03; // 0 = MPEG 2.5, 2 = MPEG 2, 3 = MPEG 1
        var layerBits = (header[1] >> 1) & 0x03;   // 1 = layer III, 2 = layer II, 3 = layer I
        var bitrateIndex = header[2] >> 4;
        var rateIndex = (header[2] >> 2) & 0x03;
        var padding = (header[2] >> 1) & 0x01;
        var mono = (header[3] >> 6) == 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return false;
        }

        var isMpeg1 = versionBits == 3;
        var sampleRate = SampleRates[rateIndex] / (isMpeg1 ? 1 : versionBits == 2 ? 2 : 4);
        var layer = 4 - layerBits;
        var bitrate = 1000 * (layer switch
        {
            1 => (isMpeg1 ? Mpeg1Layer1Bitrates : Mpeg2Layer1Bitrates)[bitrateIndex],
            2 => (isMpeg1 ? Mpeg1Layer2Bitrates : Mpeg2Layer3Bitrates)[bitrateIndex],
            _ => (isMpeg1 ? Mpeg1Layer3Bitrates : Mpeg2Layer3Bitrates)[bitrateIndex],
        });

        var samplesPerFrame = layer switch
        {
            1 => 384,
            2 => 1152,
            _ => isMpeg1 ? 1152 : 576,
        };
        var length = layer == 1
            ? ((12 * bitrate / sampleRate) + padding) * 4
            : (samplesPerFrame / 8 * bitrate / sampleRate) + padding;
        var sideInfo = isMpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        frame = new Mp3Frame(length, sampleRate, samplesPerFrame, sideInfo);
        return length > 4;
    }

    /// <summary>Reads the frame count of a Xing/Info header (after the side information) or a VBRI header (at offset 36).</summary>
    public static bool TryReadFrameCount(ReadOnlySpan<byte> frameBytes, Mp3Frame frame, out long frames)
    {
        frames = 0;
        var xing = 4 + frame.SideInfoLength;
        if (frameBytes.Length >= xing + 12
            && (frameBytes.Slice(xing, 4).SequenceEqual("Xing"u8) || frameBytes.Slice(xing, 4).SequenceEqual("Info"u8)))
        {
            var flags = BinaryPrimitives.ReadUInt32BigEndian(frameBytes.Slice(xing + 4, 4));
            if ((flags & 0x01) != 0)
            {
                frames = BinaryPrimitives.ReadUInt32BigEndian(frameBytes.Slice(xing + 8, 4));
                return frames > 0;
            }
        }

        const int vbri = 36;
        if (frameBytes.Length >= vbri + 18 && frameBytes.Slice(vbri, 4).SequenceEqual("VBRI"u8))
        {
            frames = BinaryPrimitives.ReadUInt32BigEndian(frameBytes.Slice(vbri + 14, 4));
            return frames > 0;
        }

        return false;
    }
}
