using System.Buffers.Binary;
using AceStep.Simulator.Audio.Bits;

namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// The "Info" frame that starts a CBR stream: a frame of silence whose payload is a Xing-style header (frame and
/// byte counts) followed by a LAME tag giving the encoder delay and end padding. Decoders that honour it
/// (ffmpeg, most players) trim the output to exactly the song's samples; the rest decode a silent frame.
/// </summary>
internal static class Mp3InfoFrame
{
    /// <summary>Header (4) and MPEG-1 stereo side info (32): where the Xing payload begins.</summary>
    private const int PayloadOffset = 4 + 32;
    /// <summary>Frame count, byte count, seek table and quality: all four, so the LAME tag sits where readers expect it.</summary>
    private const uint AllFieldsPresent = 0xF;
    private const int TableOfContentsEntries = 100;

    /// <summary>The tag's CRC covers the first 190 bytes of the frame.</summary>
    private const int CrcCoveredBytes = 190;

    /// <param name="header">The four header bytes every frame of the stream uses.</param>
    /// <param name="audioFrames">Frames after this one.</param>
    /// <param name="endPadding">Samples at the end of the last frame that are not part of the song.</param>
    public static byte[] Build(ReadOnlySpan<byte> header, int frameBytes, int audioFrames, int endPadding)
    {
        var frame = new byte[frameBytes];
        Span<byte> span = frame;
        header.CopyTo(span);

        var xing = span[PayloadOffset..];
        "Info"u8.CopyTo(xing);
        var totalBytes = (uint)((audioFrames + 1) * frameBytes);
        BinaryPrimitives.WriteUInt32BigEndian(xing[4..], AllFieldsPresent);
        BinaryPrimitives.WriteUInt32BigEndian(xing[8..], (uint)audioFrames);
        BinaryPrimitives.WriteUInt32BigEndian(xing[12..], totalBytes);
        for (var i = 0; i < TableOfContentsEntries; i++)
        {
            // Constant bitrate: i percent of the time is i percent of the bytes (in 1/256ths).
            xing[16 + i] = (byte)(i * 256 / TableOfContentsEntries);
        }

        // xing[116..120]: quality indicator, zero.
        var lame = xing[120..];
        "LAME3.100"u8.CopyTo(lame);                 // the tag layout readers expect after this version string
        lame[9] = 0x01;                             // tag revision 0, VBR method 1: constant bitrate
        // Bytes 10–19 (lowpass, ReplayGain, encoding flags) stay zero: unknown.
        lame[20] = (byte)Math.Min(255, frameBytes * 8 * 48_000 / 1152 / 1000); // bitrate in kbit/s
        // Encoder delay 0 (the spectra start at sample 0), then the end padding: 12 bits each.
        lame[21] = 0;
        lame[22] = (byte)(endPadding >> 8);
        lame[23] = (byte)endPadding;
        BinaryPrimitives.WriteUInt32BigEndian(lame[28..], totalBytes); // music length
        BinaryPrimitives.WriteUInt16BigEndian(span[CrcCoveredBytes..], Crc16Arc.Compute(span[..CrcCoveredBytes]));
        return frame;
    }
}
