using System.Buffers.Binary;
using AceStep.Simulator.Audio.Synthesis;
using Concentus;
using Concentus.Enums;

namespace AceStep.Simulator.Audio.Opus;

/// <summary>
/// Encodes PCM with Concentus (a managed Opus encoder) and wraps it as Ogg Opus (RFC 7845): an OpusHead page,
/// an OpusTags page, then 20 ms packets, about one second per page. The final granule position trims the
/// stream to exactly the requested number of samples.
/// </summary>
internal static class OggOpusWriter
{
    private const int FrameSamples = 960;
    private const int PacketsPerPage = 50;
    private const int Bitrate = 96_000;
    private const int MaxPacketBytes = 4000;

    /// <summary>Fixed so that equal input gives equal bytes; the value is arbitrary.</summary>
    private const uint StreamSerialNumber = 0x41434553;

    public static void Write(PcmSynthesizer source, Stream destination)
    {
        using var encoder = CreateEncoder();
        var preSkip = encoder.Lookahead;
        var pages = new OggPageWriter(destination, StreamSerialNumber);
        pages.AddPacket(OpusHead(preSkip));
        pages.Flush(0, endOfStream: false);
        pages.AddPacket(OpusTags());
        pages.Flush(0, endOfStream: false);

        var totalFrames = (source.FrameCount + preSkip + FrameSamples - 1) / FrameSamples;
        var finalGranule = preSkip + source.FrameCount;
        var input = new float[FrameSamples * PcmSynthesizer.Channels];
        var packet = new byte[MaxPacketBytes];
        for (long frame = 0; frame < totalFrames; frame++)
        {
            source.Render(frame * FrameSamples, input);
            var length = encoder.Encode(input, FrameSamples, packet, packet.Length);
            if (!pages.Fits(length))
            {
                pages.Flush(frame * FrameSamples, endOfStream: false);
            }

            pages.AddPacket(packet.AsSpan(0, length));
            var last = frame == totalFrames - 1;
            if (last || pages.PendingPackets == PacketsPerPage)
            {
                pages.Flush(last ? finalGranule : (frame + 1) * FrameSamples, endOfStream: last);
            }
        }
    }

    /// <summary>
    /// The managed encoder only. Concentus would otherwise prefer a native libopus when one is installed, and the
    /// simulator must write the same bytes on every machine. (The switch is process-wide; we always set it the same way.)
    /// </summary>
    private static IOpusEncoder CreateEncoder()
    {
        OpusCodecFactory.AttemptToUseNativeLibrary = false;
        var encoder = OpusCodecFactory.CreateEncoder(PcmSynthesizer.SampleRate, PcmSynthesizer.Channels, OpusApplication.OPUS_APPLICATION_RESTRICTED_LOWDELAY);
        encoder.Bitrate = Bitrate;
        encoder.Complexity = 0;
        return encoder;
    }

    private static byte[] OpusHead(int preSkip)
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1;                                                     // version
        head[9] = PcmSynthesizer.Channels;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), (ushort)preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), PcmSynthesizer.SampleRate);
        BinaryPrimitives.WriteInt16LittleEndian(head.AsSpan(16), 0);    // output gain
        head[18] = 0;                                                    // channel mapping family 0: mono or stereo
        return head;
    }

    private static byte[] OpusTags()
    {
        var vendor = "AceStep.Simulator (Concentus)"u8;
        var tags = new byte[8 + 4 + vendor.Length + 4];
        "OpusTags"u8.CopyTo(tags);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(8), (uint)vendor.Length);
        vendor.CopyTo(tags.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(12 + vendor.Length), 0); // no user comments
        return tags;
    }
}
