using System.Buffers.Binary;
using System.Text;

namespace AceStep.Tagging.Vorbis;

/// <summary>
/// The Vorbis comment structure shared by FLAC's VORBIS_COMMENT block and Opus's OpusTags packet: a vendor string,
/// then NAME=value fields, every length a 32-bit little-endian count of UTF-8 bytes.
/// </summary>
internal static class VorbisComment
{
    /// <summary>The vendor string when the file had none to keep (it normally names the encoder library).</summary>
    public const string DefaultVendor = "AceStep.Tagging";

    public static byte[] Serialize(string vendor, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        using var stream = new MemoryStream();
        WriteString(stream, vendor);
        WriteLength(stream, fields.Count);
        foreach (var (name, value) in fields)
        {
            WriteString(stream, $"{name}={value}");
        }

        return stream.ToArray();
    }

    /// <summary>Reads the vendor string at the start of a comment structure, or null when it is malformed.</summary>
    public static string? ReadVendor(ReadOnlySpan<byte> comment)
    {
        if (comment.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(comment);
        return length <= comment.Length - 4 ? Encoding.UTF8.GetString(comment.Slice(4, (int)length)) : null;
    }

    private static void WriteString(MemoryStream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteLength(stream, bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteLength(MemoryStream stream, int length)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        stream.Write(bytes);
    }
}
