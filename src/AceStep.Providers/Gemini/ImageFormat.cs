namespace AceStep.Providers.Gemini;

/// <summary>Recognises an image by its first bytes, so that a file is named after what it is, not what a server said.</summary>
internal static class ImageFormat
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <returns>The MIME type and extension, or null when the bytes are none of PNG, JPEG, WebP or GIF.</returns>
    public static (string MimeType, string Extension)? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return ("image/png", "png");
        }

        if (bytes.StartsWith(JpegSignature))
        {
            return ("image/jpeg", "jpg");
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", "webp");
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ("image/gif", "gif");
        }

        return null;
    }
}
