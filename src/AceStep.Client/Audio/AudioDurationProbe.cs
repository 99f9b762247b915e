using System.Buffers.Binary;

namespace AceStep.Client.Audio;

/// <summary>
/// Reads the playing time of an audio file from its headers (WAV, FLAC), its frames (MP3 with Xing/Info/VBRI
/// or frame walking, ADTS AAC) or its last Ogg page's granule position. Null when it cannot tell.
/// </summary>
public static class AudioDurationProbe
{
    private const int MaxFramesWalked = 2_000_000;

    public static TimeSpan? Probe(string path, AudioFormat format)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return format switch
            {
                AudioFormat.Wav or AudioFormat.WavFloat => WaveDuration(stream),
                AudioFormat.Flac => FlacDuration(stream),
                AudioFormat.Mp3 => Mp3Duration(stream),
                AudioFormat.Opus or AudioFormat.Ogg => OggDuration(stream),
                AudioFormat.Aac => AdtsDuration(stream),
                _ => null,
            };
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static TimeSpan? WaveDuration(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12)
        {
            return null;
        }

        uint byteRate = 0;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> fmt = stackalloc byte[16];
        while (stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                if (size < 16 || stream.ReadAtLeast(fmt, 16, throwOnEndOfStream: false) < 16)
                {
                    return null;
                }

                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[8..]);
                stream.Seek(size - 16 + (size & 1), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                // Streamed WAVs may declare 0 or 0xFFFFFFFF; the bytes that are actually there count.
                var available = stream.Length - stream.Position;
                var dataBytes = size == 0 || size == uint.MaxValue ? available : Math.Min(size, available);
                return byteRate == 0 ? null : TimeSpan.FromSeconds((double)dataBytes / byteRate);
            }
            else
            {
                stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }

        return null;
    }

    private static TimeSpan? FlacDuration(Stream stream)
    {
        // "fLaC", a 4-byte metadata block header, then STREAMINFO (34 bytes): bytes 10..17 pack
        // sample rate (20 bits), channels (3), bits per sample (5) and total samples (36).
        Span<byte> header = stackalloc byte[42];
        if (stream.ReadAtLeast(header, 42, throwOnEndOfStream: false) < 42 || (header[4] & 0x7F) != 0)
        {
            return null;
        }

        var packed = BinaryPrimitives.ReadUInt64BigEndian(header.Slice(18, 8));
        var sampleRate = (int)(packed >> 44);
        var totalSamples = (long)(packed & 0xF_FFFF_FFFF);
        return sampleRate == 0 || totalSamples == 0 ? null : TimeSpan.FromSeconds((double)totalSamples / sampleRate);
    }

    private static TimeSpan? Mp3Duration(Stream stream)
    {
        var start = SkipId3(stream);
        stream.Position = start;
        Span<byte> header = stackalloc byte[4];
        if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4 || !Mp3Frame.TryParse(header, out var first))
        {
            return null;
        }

        // A Xing/Info or VBRI header in the first frame states the frame count directly.
        var firstFrame = new byte[Math.Min(first.Length, 4096)];
        stream.Position = start;
        var read = stream.ReadAtLeast(firstFrame, firstFrame.Length, throwOnEndOfStream: false);
        if (Mp3Frame.TryReadFrameCount(firstFrame.AsSpan(0, read), first, out var declaredFrames))
        {
            return TimeSpan.FromSeconds((double)declaredFrames * first.SamplesPerFrame / first.SampleRate);
        }

        long samples = 0;
        var position = start;
        for (var frames = 0; frames < MaxFramesWalked; frames++)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4 || !Mp3Frame.TryParse(header, out var frame))
            {
                break;
            }

            samples += frame.SamplesPerFrame;
            position += frame.Length;
        }

        return samples == 0 ? null : TimeSpan.FromSeconds((double)samples / first.SampleRate);
    }

    private static long SkipId3(Stream stream)
    {
        Span<byte> id3 = stackalloc byte[10];
        if (stream.ReadAtLeast(id3, 10, throwOnEndOfStream: false) < 10 || !id3.StartsWith("ID3"u8))
        {
            return 0;
        }

        var size = (id3[6] & 0x7F) << 21 | (id3[7] & 0x7F) << 14 | (id3[8] & 0x7F) << 7 | (id3[9] & 0x7F);
        var hasFooter = (id3[5] & 0x10) != 0;
        return 10 + size + (hasFooter ? 10 : 0);
    }

    private static TimeSpan? OggDuration(Stream stream)
    {
        Span<byte> first = stackalloc byte[128];
        var firstRead = stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        first = first[..firstRead];
        int sampleRate;
        long preSkip = 0;
        var opus = first.IndexOf("OpusHead"u8);
        var vorbis = first.IndexOf("\u0001vorbis"u8);
        if (opus >= 0 && first.Length >= opus + 12)
        {
            sampleRate = 48000;
            preSkip = BinaryPrimitives.ReadUInt16LittleEndian(first.Slice(opus + 10, 2));
        }
        else if (vorbis >= 0 && first.Length >= vorbis + 16)
        {
            sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(first.Slice(vorbis + 12, 4));
        }
        else
        {
            return null;
        }

        var tailLength = (int)Math.Min(stream.Length, 64 * 1024);
        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        stream.ReadExactly(tail);
        var last = tail.AsSpan().LastIndexOf("OggS"u8);
        if (last < 0 || last + 14 > tail.Length || sampleRate <= 0)
        {
            return null;
        }

        var granule = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(last + 6, 8));
        var samples = granule - preSkip;
        return samples <= 0 ? null : TimeSpan.FromSeconds((double)samples / sampleRate);
    }

    private static TimeSpan? AdtsDuration(Stream stream)
    {
        ReadOnlySpan<int> rates = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
        Span<byte> header = stackalloc byte[7];
        long samples = 0;
        var sampleRate = 0;
        long position = 0;
        for (var frames = 0; frames < MaxFramesWalked; frames++)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, 7, throwOnEndOfStream: false) < 7 || header[0] != 0xFF || (header[1] & 0xF6) != 0xF0)
            {
                break;
            }

            var rateIndex = (header[2] >> 2) & 0x0F;
            if (rateIndex >= rates.Length)
            {
                break;
            }

            sampleRate = rates[rateIndex];
            var frameLength = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5);
            if (frameLength < 7)
            {
                break;
            }

            samples += 1024L * ((header[6] & 0x03) + 1);
            position += frameLength;
        }

        return samples == 0 || sampleRate == 0 ? null : TimeSpan.FromSeconds((double)samples / sampleRate);
    }
}
