using System.Buffers.Binary;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Wav;

/// <summary>Writes RIFF WAVE files: 16-bit integer PCM, or 32-bit IEEE float with the "fact" chunk that format requires.</summary>
internal static class WavWriter
{
    private const ushort PcmFormatTag = 1;
    private const ushort IeeeFloatFormatTag = 3;

    public static void WritePcm16(PcmAudio audio, Stream destination)
    {
        int dataBytes = checked(audio.Interleaved.Length * sizeof(short));
        WriteHeader(destination, audio, PcmFormatTag, bitsPerSample: 16, dataBytes);
        var buffer = new byte[dataBytes];
        for (int i = 0; i < audio.Interleaved.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(i * 2), PcmAudio.ToInt16(audio.Interleaved[i]));
        }

        destination.Write(buffer);
    }

    public static void WriteFloat32(PcmAudio audio, Stream destination)
    {
        int dataBytes = checked(audio.Interleaved.Length * sizeof(float));
        WriteHeader(destination, audio, IeeeFloatFormatTag, bitsPerSample: 32, dataBytes);
        var buffer = new byte[dataBytes];
        for (int i = 0; i < audio.Interleaved.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * 4), audio.Interleaved[i]);
        }

        destination.Write(buffer);
    }

    private static void WriteHeader(Stream destination, PcmAudio audio, ushort formatTag, ushort bitsPerSample, int dataBytes)
    {
        bool isFloat = formatTag == IeeeFloatFormatTag;

        // Non-PCM formats carry a cbSize field (18-byte fmt chunk) and a fact chunk with the frame count.
        int fmtSize = isFloat ? 18 : 16;
        int factChunkSize = isFloat ? 12 : 0;
        int riffSize = 4 + (8 + fmtSize) + factChunkSize + (8 + dataBytes);
        int blockAlign = audio.Channels * bitsPerSample / 8;

        var header = new byte[12 + 8 + fmtSize + factChunkSize + 8];
        var span = header.AsSpan();
        WriteTag(span, "RIFF");
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], riffSize);
        WriteTag(span[8..], "WAVE");
        WriteTag(span[12..], "fmt ");
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], fmtSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)audio.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], audio.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], audio.SampleRate * blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], bitsPerSample);
        int position = 20 + fmtSize;
        if (isFloat)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[36..], 0);
            WriteTag(span[position..], "fact");
            BinaryPrimitives.WriteInt32LittleEndian(span[(position + 4)..], 4);
            BinaryPrimitives.WriteInt32LittleEndian(span[(position + 8)..], audio.FrameCount);
            position += factChunkSize;
        }

        WriteTag(span[position..], "data");
        BinaryPrimitives.WriteInt32LittleEndian(span[(position + 4)..], dataBytes);
        destination.Write(header);
    }

    private static void WriteTag(Span<byte> destination, string tag)
    {
        for (int i = 0; i < 4; i++)
        {
            destination[i] = (byte)tag[i];
        }
    }
}
