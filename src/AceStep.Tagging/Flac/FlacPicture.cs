using System.Buffers.Binary;
using System.Text;

namespace AceStep.Tagging.Flac;

/// <summary>
/// The body of a FLAC PICTURE metadata block. Ogg Opus carries the same bytes, base64-encoded, in its
/// METADATA_BLOCK_PICTURE comment field.
/// </summary>
internal static class FlacPicture
{
    private const int FrontCover = 3;

    public static byte[] Build(CoverImage cover)
    {
        var mime = Encoding.ASCII.GetBytes(cover.MimeType);
        var image = ImageInfo.Of(cover.Data.Span);
        const int fixedFields = 8 * 4;
        var body = new byte[fixedFields + mime.Length + cover.Data.Length];
        var span = body.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, FrontCover);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], mime.Length);
        mime.CopyTo(span[8..]);
        var rest = span[(8 + mime.Length)..];
        BinaryPrimitives.WriteInt32BigEndian(rest, 0);                      // description length: none
        BinaryPrimitives.WriteInt32BigEndian(rest[4..], image.Width);
        BinaryPrimitives.WriteInt32BigEndian(rest[8..], image.Height);
        BinaryPrimitives.WriteInt32BigEndian(rest[12..], image.BitsPerPixel);
        BinaryPrimitives.WriteInt32BigEndian(rest[16..], 0);                // colours used: 0, not an indexed picture
        BinaryPrimitives.WriteInt32BigEndian(rest[20..], cover.Data.Length);
        cover.Data.Span.CopyTo(rest[24..]);
        return body;
    }
}
