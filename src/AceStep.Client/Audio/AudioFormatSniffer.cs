using System.Buffers.Binary;

namespace AceStep.Client.Audio;

/// <summary>
/// Recognises the audio format from a file's first bytes. The server's MIME types are unreliable (opus and aac
/// are served as <c>audio/mpeg</c>; the chat data URL follows the requested format, not the file), so file
/// names are chosen from the content.
/// </summary>
public static class AudioFormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see (fewer are fine for most formats).</summary>
    public const int HeaderLength = 64;

    public static AudioFormat Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("ID3"u8))
        {
            return AudioFormat.Mp3;
        }

        if (header.StartsWith("fLaC"u8))
        {
            return AudioFormat.Flac;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8))
        {
            return IsIeeeFloatWave(header) ? AudioFormat.WavFloat : AudioFormat.Wav;
        }

        if (header.Length >= 8 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return AudioFormat.Mp4;
        }

        if (header.StartsWith("OggS"u8))
        {
            return header.IndexOf("OpusHead"u8) >= 0 ? AudioFormat.Opus : AudioFormat.Ogg;
        }

        if (header.Length >= 2 && header[0] == 0xFF)
        {
            // ADTS: sync 0xFFF, layer bits 00. MPEG audio: sync 0xFFE, layer bits non-zero.
            if ((header[1] & 0xF6) == 0xF0)
            {
                return AudioFormat.Aac;
            }

            if ((header[1] & 0xE0) == 0xE0 && (header[1] & 0x06) != 0)
            {
                return AudioFormat.Mp3;
            }
        }

        return AudioFormat.Unknown;
    }

    /// <summary>The file extension (without dot) for a format; WAV variants share <c>wav</c>.</summary>
    public static string ExtensionFor(AudioFormat format) => format switch
    {
        AudioFormat.Mp3 => "mp3",
        AudioFormat.Wav or AudioFormat.WavFloat => "wav",
        AudioFormat.Flac => "flac",
        AudioFormat.Opus => "opus",
        AudioFormat.Ogg => "ogg",
        AudioFormat.Aac => "aac",
        AudioFormat.Mp4 => "m4a",
        _ => "bin",
    };

    private static bool IsIeeeFloatWave(ReadOnlySpan<byte> header)
    {
        var fmt = header.IndexOf("fmt "u8);
        if (fmt < 0 || header.Length < fmt + 10)
        {
            return false;
        }

        var formatTag = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(fmt + 8, 2));
        const ushort ieeeFloat = 3;
        const ushort extensible = 0xFFFE;
        if (formatTag == extensible && header.Length >= fmt + 34)
        {
            // WAVE_FORMAT_EXTENSIBLE: the sub-format GUID starts with the real format tag.
            formatTag = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(fmt + 32, 2));
        }

        return formatTag == ieeeFloat;
    }
}
