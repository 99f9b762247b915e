using System.Buffers.Binary;
using System.Text;

namespace AceStep.Tagging.Riff;

/// <summary>
/// The LIST/INFO chunk of a WAV file: the few text fields every WAV reader knows (Windows Explorer, ffmpeg, DAWs).
/// Each is a NUL-terminated string in UTF-8, the encoding ffmpeg and modern tools read and write.
/// </summary>
internal static class RiffInfoList
{
    /// <summary>The whole chunk (header included), or no bytes when no field is set.</summary>
    public static byte[] Build(SongTags tags)
    {
        using var body = new MemoryStream();
        body.Write("INFO"u8);
        AddField(body, "INAM", tags.Title);
        AddField(body, "IART", tags.Artist);
        AddField(body, "IPRD", tags.Album);
        AddField(body, "IGNR", tags.Genre);
        AddField(body, "ICMT", tags.Caption);
        if (body.Length == 4)
        {
            return [];
        }

        var chunk = new byte[RiffChunk.HeaderLength + body.Length];
        "LIST"u8.CopyTo(chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)body.Length);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(chunk.AsSpan(RiffChunk.HeaderLength));
        return chunk;
    }

    private static void AddField(MemoryStream body, string id, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var text = Encoding.UTF8.GetBytes(value.Replace("\0", string.Empty, StringComparison.Ordinal) + "\0");
        Span<byte> header = stackalloc byte[RiffChunk.HeaderLength];
        Encoding.ASCII.GetBytes(id, header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)text.Length);
        body.Write(header);
        body.Write(text);
        if ((text.Length & 1) != 0)
        {
            body.WriteByte(0);
        }
    }
}
