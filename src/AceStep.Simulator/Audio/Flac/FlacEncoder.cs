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

    public static void Write(PcmAudio audio, Stream destination)
    {
        if (audio.SampleRate != 48_000)
        {
            throw new ArgumentException("The FLAC writer only writes 48 kHz audio.", nameof(audio));
        }

        int[][] channels = Deinterleave(audio);
        destination.Write("fLaC"u8);
        WriteStreamInfo(destination, audio, channels);

        var writer = new BitWriter(BlockSize * audio.Channels * 3);
        var residual = new int[BlockSize];
        long frameNumber = 0;
        for (int start = 0; start < audio.FrameCount; start += BlockSize)
        {
            int blockSize = Math.Min(BlockSize, audio.FrameCount - start);
            writer.Clear();
            WriteFrameHeader(writer, audio.Channels, blockSize, frameNumber++);
            foreach (int[] channel in channels)
            {
                FixedPredictorSubframe.Write(writer, channel.AsSpan(start, blockSize), BitsPerSample, residual);
            }

            writer.AlignToByte();
            ushort crc = Crc16.Compute(writer.WrittenBytes);
            writer.WriteBits(crc, 16);
            destination.Write(writer.WrittenBytes);
        }
    }

    private static int[][] Deinterleave(PcmAudio audio)
    {
        var channels = new int[audio.Channels][];
        for (int c = 0; c < audio.Channels; c++)
        {
            var samples = new int[audio.FrameCount];
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] = PcmAudio.ToInt16(audio.Interleaved[(i * audio.Channels) + c]);
            }

            channels[c] = samples;
        }

        return channels;
    }

    private static void WriteStreamInfo(Stream destination, PcmAudio audio, int[][] channels)
    {
        var writer = new BitWriter(64);
        writer.WriteBits(1, 1);                  // last metadata block
        writer.WriteBits(0, 7);                  // type 0: STREAMINFO
        writer.WriteBits(34, 24);                // length
        int minBlock = Math.Min(BlockSize, Math.Max(16, audio.FrameCount));
        writer.WriteBits((uint)minBlock, 16);
        writer.WriteBits(BlockSize, 16);
        writer.WriteBits(0, 24);                 // minimum frame size: unknown
        writer.WriteBits(0, 24);                 // maximum frame size: unknown
        writer.WriteBits((uint)audio.SampleRate, 20);
        writer.WriteBits((uint)audio.Channels - 1, 3);
        writer.WriteBits(BitsPerSample - 1, 5);
        long totalSamples = audio.FrameCount;
        writer.WriteBits((uint)(totalSamples >> 32), 4);
        writer.WriteBits((uint)totalSamples, 32);
        writer.WriteBytes(PcmMd5(channels, audio.FrameCount));
        destination.Write(writer.WrittenBytes);
    }

    /// <summary>FLAC's STREAMINFO checksum: MD5 over the interleaved little-endian samples.</summary>
    private static byte[] PcmMd5(int[][] channels, int frameCount)
    {
        var bytes = new byte[frameCount * channels.Length * 2];
        int position = 0;
        for (int i = 0; i < frameCount; i++)
        {
            foreach (int[] channel in channels)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(position), (short)channel[i]);
                position += 2;
            }
        }

#pragma warning disable CA5351 // The FLAC format mandates MD5 as an integrity checksum; nothing here is security-relevant.
        return MD5.HashData(bytes);
#pragma warning restore CA5351
    }

    private static void WriteFrameHeader(BitWriter writer, int channels, int blockSize, long frameNumber)
    {
        bool standardSize = blockSize == BlockSize;
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

        int continuationBytes = 1;
        while (value >= 1L << (6 + (5 * continuationBytes)) && continuationBytes < 6)
        {
            continuationBytes++;
        }

        uint lead = (0xFFu << (7 - continuationBytes)) & 0xFF;
        writer.WriteBits(lead | (uint)(value >> (6 * continuationBytes)), 8);
        for (int i = continuationBytes - 1; i >= 0; i--)
        {
            writer.WriteBits(0x80u | (uint)((value >> (6 * i)) & 0x3F), 8);
        }
    }
}
