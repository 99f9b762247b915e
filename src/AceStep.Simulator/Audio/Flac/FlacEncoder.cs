using System.Buffers.Binary;
using System.Security.Cryptography;
using AceStep.Simulator.Audio.Bits;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Flac;

/// <summary>
/// Writes a FLAC stream: the "fLaC" marker, a STREAMINFO block (total samples and the MD5 of the PCM) and
/// fixed-size frames of 4096 samples with independently coded channels, each protected by CRC-8 and CRC-16.
/// </summary>
internal static class FlacEncoder
{
    private const int BlockSize = 4096;
    private const int BitsPerSample = 16;

    // Frame header codes from the FLAC format: 0b1100 = 4096 samples, 0b0111 = 16-bit size at the header's end,
    // 0b1010 = 48 kHz, 0b100 = 16 bits per sample.
    private const uint BlockSize4096Code = 0b1100;
    private const uint BlockSizeExplicitCode = 0b0111;
    private const uint SampleRate48kCode = 0b1010;
    private const uint SampleSize16Code = 0b100;
    private const uint FrameSync = 0b11111111111110;

    /// <summary>Where the MD5 sits, counted from "fLaC": marker, block header, then 18 bytes of STREAMINFO fields.</summary>
    private const int Md5Offset = 4 + 4 + 18;

    /// <summary>
    /// Writes the stream. STREAMINFO, at the front, holds the MD5 of all the PCM, which is known only at the end:
    /// on a seekable destination it is patched in afterwards; otherwise the stream is assembled in memory first.
    /// </summary>
    public static void Write(PcmSynthesizer source, Stream destination)
    {
        if (!destination.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(source, buffer);
            buffer.Position = 0;
            buffer.CopyTo(destination);
            return;
        }

        var start = destination.Position;
        destination.Write("fLaC"u8);
        WriteStreamInfo(destination, source.FrameCount, md5: new byte[16]);
        var md5 = WriteFrames(source, destination);
        var end = destination.Position;
        destination.Position = start + Md5Offset;
        destination.Write(md5);
        destination.Position = end;
    }

    /// <summary>Encodes every frame and returns FLAC's checksum: the MD5 of the interleaved little-endian samples.</summary>
    private static byte[] WriteFrames(PcmSynthesizer source, Stream destination)
    {
#pragma warning disable CA5351 // The FLAC format mandates MD5 as an integrity checksum; nothing here is security-relevant.
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        var writer = new BitWriter(BlockSize * PcmSynthesizer.Channels * 3);
        var interleaved = new float[BlockSize * PcmSynthesizer.Channels];
        var pcmBytes = new byte[interleaved.Length * 2];
        int[][] channels = [new int[BlockSize], new int[BlockSize]];
        var residual = new int[BlockSize];
        long frameNumber = 0;
        for (long first = 0; first < source.FrameCount; first += BlockSize)
        {
            var blockSize = (int)Math.Min(BlockSize, source.FrameCount - first);
            source.Render(first, interleaved.AsSpan(0, blockSize * PcmSynthesizer.Channels));
            for (var i = 0; i < blockSize * PcmSynthesizer.Channels; i++)
            {
                var sample = PcmSample.ToInt16(interleaved[i]);
                channels[i % PcmSynthesizer.Channels][i / PcmSynthesizer.Channels] = sample;
                BinaryPrimitives.WriteInt16LittleEndian(pcmBytes.AsSpan(i * 2), sample);
            }

            md5.AppendData(pcmBytes, 0, blockSize * PcmSynthesizer.Channels * 2);
            writer.Clear();
            WriteFrameHeader(writer, PcmSynthesizer.Channels, blockSize, frameNumber++);
            foreach (var channel in channels)
            {
                FixedPredictorSubframe.Write(writer, channel.AsSpan(0, blockSize), BitsPerSample, residual);
            }

            writer.AlignToByte();
            var crc = Crc16.Compute(writer.WrittenBytes);
            writer.WriteBits(crc, 16);
            destination.Write(writer.WrittenBytes);
        }

        return md5.GetHashAndReset();
    }

    private static void WriteStreamInfo(Stream destination, long frameCount, byte[] md5)
    {
        var writer = new BitWriter(64);
        writer.WriteBits(1, 1);                  // last metadata block
        writer.WriteBits(0, 7);                  // type 0: STREAMINFO
        writer.WriteBits(34, 24);                // length
        writer.WriteBits((uint)Math.Min(BlockSize, Math.Max(16, frameCount)), 16);
        writer.WriteBits(BlockSize, 16);
        writer.WriteBits(0, 24);                 // minimum frame size: unknown
        writer.WriteBits(0, 24);                 // maximum frame size: unknown
        writer.WriteBits(PcmSynthesizer.SampleRate, 20);
        writer.WriteBits(PcmSynthesizer.Channels - 1, 3);
        writer.WriteBits(BitsPerSample - 1, 5);
        writer.WriteBits((uint)(frameCount >> 32), 4);
        writer.WriteBits((uint)frameCount, 32);
        writer.WriteBytes(md5);
        destination.Write(writer.WrittenBytes);
    }

    private static void WriteFrameHeader(BitWriter writer, int channels, int blockSize, long frameNumber)
    {
        var standardSize = blockSize == BlockSize;
        writer.WriteBits(FrameSync, 14);
        writer.WriteBits(0, 1);                  // reserved
        writer.WriteBits(0, 1);                  // fixed block size: the header carries the frame number
        writer.WriteBits(standardSize ? BlockSize4096Code : BlockSizeExplicitCode, 4);
        writer.WriteBits(SampleRate48kCode, 4);
        writer.WriteBits((uint)channels - 1, 4); // independent channels
        writer.WriteBits(SampleSize16Code, 3);
        writer.WriteBits(0, 1);                  // reserved
        WriteUtf8Number(writer, frameNumber);
        if (!standardSize)
        {
            writer.WriteBits((uint)blockSize - 1, 16);
        }

        writer.WriteBits(Crc8.Compute(writer.WrittenBytes), 8);
    }

    /// <summary>FLAC codes frame numbers like UTF-8 code points (up to 36 bits in 7 bytes).</summary>
    private static void WriteUtf8Number(BitWriter writer, long value)
    {
        if (value < 0x80)
        {
            writer.WriteBits((uint)value, 8);
            return;
        }

        var continuationBytes = 1;
        while (value >= 1L << (6 + (5 * continuationBytes)) && continuationBytes < 6)
        {
            continuationBytes++;
        }

        var lead = (0xFFu << (7 - continuationBytes)) & 0xFF;
        writer.WriteBits(lead | (uint)(value >> (6 * continuationBytes)), 8);
        for (var i = continuationBytes - 1; i >= 0; i--)
        {
            writer.WriteBits(0x80u | (uint)((value >> (6 * i)) & 0x3F), 8);
        }
    }
}
