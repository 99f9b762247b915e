using System.Buffers.Binary;
using System.Text;

namespace AceStep.Tagging.Id3;

/// <summary>
/// Writes ID3v2.4 frames (all text in UTF-8, encoding byte 3) and wraps them in a tag. Kept apart from the choice of
/// frames so that each frame layout can be checked on its own.
/// </summary>
internal sealed class Id3v2FrameWriter
{
    private const byte Utf8Encoding = 3;
    private const int FrameHeaderLength = 10;

    // ID3v2.4 says "XXX" where the language is not known; our songs do not record one.
    private static ReadOnlySpan<byte> UnknownLanguage => "XXX"u8;

    private readonly MemoryStream frames = new();

    public bool IsEmpty => frames.Length == 0;

    /// <summary>A text information frame (TIT2, TPE1, TBPM…).</summary>
    public void AddText(string id, string value) => AddFrame(id, body =>
    {
        body.WriteByte(Utf8Encoding);
        WriteUtf8(body, value);
    });

    /// <summary>A TXXX frame: a named text field of our own.</summary>
    public void AddUserText(string description, string value) => AddFrame("TXXX", body =>
    {
        body.WriteByte(Utf8Encoding);
        WriteTerminatedUtf8(body, description);
        WriteUtf8(body, value);
    });

    /// <summary>COMM (comment) or USLT (unsynchronised lyrics): language, empty descriptor, then the text.</summary>
    public void AddLanguageText(string id, string value) => AddFrame(id, body =>
    {
        body.WriteByte(Utf8Encoding);
        body.Write(UnknownLanguage);
        WriteTerminatedUtf8(body, string.Empty);
        WriteUtf8(body, value);
    });

    /// <summary>A SYLT frame of lyrics with millisecond time stamps.</summary>
    public void AddSynchronisedLyrics(IEnumerable<(uint Milliseconds, string Text)> entries) => AddFrame("SYLT", body =>
    {
        const byte absoluteMilliseconds = 2;
        const byte lyricsContent = 1;
        body.WriteByte(Utf8Encoding);
        body.Write(UnknownLanguage);
        body.WriteByte(absoluteMilliseconds);
        body.WriteByte(lyricsContent);
        WriteTerminatedUtf8(body, string.Empty);
        Span<byte> time = stackalloc byte[4];
        foreach (var (milliseconds, text) in entries)
        {
            WriteTerminatedUtf8(body, text);
            BinaryPrimitives.WriteUInt32BigEndian(time, milliseconds);
            body.Write(time);
        }
    });

    /// <summary>An APIC frame holding the front cover.</summary>
    public void AddPicture(CoverImage cover) => AddFrame("APIC", body =>
    {
        const byte frontCover = 3;
        body.WriteByte(Utf8Encoding);
        body.Write(Encoding.ASCII.GetBytes(cover.MimeType));
        body.WriteByte(0);
        body.WriteByte(frontCover);
        WriteTerminatedUtf8(body, string.Empty);
        body.Write(cover.Data.Span);
    });

    /// <summary>The complete tag: the ID3v2.4 header (no flags, no padding) followed by the frames.</summary>
    public byte[] ToTag()
    {
        var tag = new byte[Id3v2Header.Length + frames.Length];
        "ID3"u8.CopyTo(tag);
        tag[3] = 4;
        Syncsafe.Encode((int)frames.Length, tag.AsSpan(6, 4));
        frames.GetBuffer().AsSpan(0, (int)frames.Length).CopyTo(tag.AsSpan(Id3v2Header.Length));
        return tag;
    }

    private void AddFrame(string id, Action<MemoryStream> writeBody)
    {
        using var body = new MemoryStream();
        writeBody(body);
        Span<byte> header = stackalloc byte[FrameHeaderLength];
        Encoding.ASCII.GetBytes(id, header[..4]);
        Syncsafe.Encode((int)body.Length, header.Slice(4, 4));
        frames.Write(header);
        frames.Write(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    private static void WriteUtf8(MemoryStream stream, string value) => stream.Write(Encoding.UTF8.GetBytes(WithoutNul(value)));

    private static void WriteTerminatedUtf8(MemoryStream stream, string value)
    {
        WriteUtf8(stream, value);
        stream.WriteByte(0);
    }

    // NUL separates values inside ID3 frames, so a NUL inside a value would split it.
    private static string WithoutNul(string value) => value.Replace("\0", string.Empty, StringComparison.Ordinal);
}
