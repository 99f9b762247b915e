using System.Buffers.Binary;

namespace AceStep.Client.Tests.Support;

/// <summary>Minimal valid audio files built byte by byte, with known durations.</summary>
internal static class AudioSamples
{
    /// <summary>A 16-bit PCM (or 32-bit float) WAV of the given length at 8 kHz mono.</summary>
    public static byte[] Wav(double seconds, bool ieeeFloat = false)
    {
        const int rate = 8000;
        var bytesPerSample = ieeeFloat ? 4 : 2;
        var dataLength = (int)(rate * seconds) * bytesPerSample;
        var file = new byte[44 + dataLength];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + dataLength));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], (ushort)(ieeeFloat ? 3 : 1));
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], rate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(rate * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)bytesPerSample);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)(bytesPerSample * 8));
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataLength);
        return file;
    }

    /// <summary>A FLAC header (magic + STREAMINFO) declaring the given number of samples at 44.1 kHz.</summary>
    public static byte[] FlacHeader(long totalSamples, int sampleRate = 44100)
    {
        var file = new byte[42 + 16];
        "fLaC"u8.CopyTo(file);
        file[4] = 0x80; // last metadata block, type 0 (STREAMINFO)
        file[7] = 34;
        var packed = ((ulong)sampleRate << 44) | (1UL << 41) | (15UL << 36) | (ulong)totalSamples;
        BinaryPrimitives.WriteUInt64BigEndian(file.AsSpan(18), packed);
        return file;
    }

    /// <summary>A CBR MPEG-1 layer III stream: 128 kbps, 44.1 kHz, no padding, <paramref name="frames"/> frames of 417 bytes.</summary>
    public static byte[] Mp3(int frames, bool withId3 = true)
    {
        const int frameLength = 417;
        var id3 = withId3 ? new byte[] { (byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } : [];
        var file = new byte[id3.Length + (frames * frameLength)];
        id3.CopyTo(file, 0);
        for (var i = 0; i < frames; i++)
        {
            var at = id3.Length + (i * frameLength);
            file[at] = 0xFF;
            file[at + 1] = 0xFB;
            file[at + 2] = 0x90;
            file[at + 3] = 0x64;
        }

        return file;
    }

    /// <summary>ADTS AAC frames (44.1 kHz, 1024 samples each) with tiny payloads.</summary>
    public static byte[] Adts(int frames)
    {
        const int frameLength = 16;
        var file = new byte[frames * frameLength];
        for (var i = 0; i < frames; i++)
        {
            var at = i * frameLength;
            file[at] = 0xFF;
            file[at + 1] = 0xF1;
            file[at + 2] = (byte)((1 << 6) | (4 << 2)); // AAC LC, 44.1 kHz
            file[at + 3] = (byte)(0x80 | ((frameLength >> 11) & 0x03));
            file[at + 4] = (byte)((frameLength >> 3) & 0xFF);
            file[at + 5] = (byte)(((frameLength & 0x07) << 5) | 0x1F);
            file[at + 6] = 0xFC;
        }

        return file;
    }

    /// <summary>An Ogg Opus stream: an OpusHead page and a last page with the given granule position.</summary>
    public static byte[] OggOpus(long granule, ushort preSkip = 312)
    {
        var head = new byte[28 + 19];
        "OggS"u8.CopyTo(head);
        "OpusHead"u8.CopyTo(head.AsSpan(28));
        head[36] = 1;
        head[37] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(38), preSkip);
        var last = new byte[27];
        "OggS"u8.CopyTo(last);
        BinaryPrimitives.WriteInt64LittleEndian(last.AsSpan(6), granule);
        return [.. head, .. new byte[100], .. last];
    }
}
