using System.Buffers.Binary;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Audio.Wav;

/// <summary>
/// Writes RIFF WAVE files: 16-bit integer PCM, or 32-bit IEEE float with the "fact" chunk that format requires.
/// The song is rendered and written a block at a time.
/// </summary>
internal static class WavWriter
{
    private const ushort PcmFormatTag = 1;
    private const ushort IeeeFloatFormatTag = 3;
    private const int BlockFrames = 8192;

    public static void WritePcm16(PcmSynthesizer source, Stream destination) =>
        Write(source, destination, PcmFormatTag, bytesPerSample: 2, static (sample, bytes) =>
            BinaryPrimitives.WriteInt16LittleEndian(bytes, PcmSample.ToInt16(sample)));

    public static void WriteFloat32(PcmSynthesizer source, Stream destination) =>
        Write(source, destination, IeeeFloatFormatTag, bytesPerSample: 4, static (sample, bytes) =>
            BinaryPrimitives.WriteSingleLittleEndian(bytes, sample));

    private delegate void SampleEncoder(float sample, Span<byte> destination);

    private static void Write(PcmSynthesizer source, Stream destination, ushort formatTag, int bytesPerSample, SampleEncoder encode)
    {
        var dataBytes = source.FrameCount * PcmSynthesizer.Channels * bytesPerSample;
        WriteHeader(destination, source.FrameCount, formatTag, bytesPerSample, checked((uint)dataBytes));
        var samples = new float[BlockFrames * PcmSynthesizer.Channels];
        var bytes = new byte[samples.Length * bytesPerSample];
        for (long frame = 0; frame < source.FrameCount; frame += BlockFrames)
        {
            var count = (int)Math.Min(BlockFrames, source.FrameCount - frame) * PcmSynthesizer.Channels;
            source.Render(frame, samples.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                encode(samples[i], bytes.AsSpan(i * bytesPerSample));
            }

            destination.Write(bytes, 0, count * bytesPerSample);
        }
    }

    private static void WriteHeader(Stream destination, long frameCount, ushort formatTag, int bytesPerSample, uint dataBytes)
    {
        var isFloat = formatTag == IeeeFloatFormatTag;

        // Non-PCM formats carry a cbSize field (18-byte fmt chunk) and a fact chunk with the frame count.
        var fmtSize = isFloat ? 18 : 16;
        var factChunkSize = isFloat ? 12 : 0;
        var riffSize = checked((uint)(4 + 8 + fmtSize + factChunkSize + 8) + dataBytes);
        var blockAlign = PcmSynthesizer.Channels * bytesPerSample;

        var header = new byte[12 + 8 + fmtSize + factChunkSize + 8];
        Span<byte> span = header;
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], riffSize);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], fmtSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], PcmSynthesizer.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], PcmSynthesizer.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], PcmSynthesizer.SampleRate * blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)(bytesPerSample * 8));
        var position = 20 + fmtSize;
        if (isFloat)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[36..], 0);
            "fact"u8.CopyTo(span[position..]);
            BinaryPrimitives.WriteInt32LittleEndian(span[(position + 4)..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(position + 8)..], checked((uint)frameCount));
            position += factChunkSize;
        }

        "data"u8.CopyTo(span[position..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(position + 4)..], dataBytes);
        destination.Write(header);
    }
}
