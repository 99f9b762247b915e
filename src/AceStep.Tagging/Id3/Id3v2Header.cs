namespace AceStep.Tagging.Id3;

/// <summary>Recognises an ID3v2 tag header (versions 2.2 to 2.4) and tells how many bytes the whole tag takes.</summary>
internal static class Id3v2Header
{
    public const int Length = 10;

    private const byte FooterPresentFlag = 0x10;

    /// <summary>
    /// The size of the tag that starts with <paramref name="header"/> (its 10-byte header, frames, padding and the
    /// v2.4 footer), or 0 when the bytes are not an ID3v2 header.
    /// </summary>
    public static long TotalSize(ReadOnlySpan<byte> header)
    {
        if (header.Length < Length || !header.StartsWith("ID3"u8) || header[3] is < 2 or > 4 || header[4] == 0xFF)
        {
            return 0;
        }

        var sizeBytes = header.Slice(6, 4);
        if (sizeBytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return 0;
        }

        var footer = header[3] == 4 && (header[5] & FooterPresentFlag) != 0 ? Length : 0;
        return Length + Syncsafe.Decode(sizeBytes) + footer;
    }

    /// <summary>
    /// Where the data after the ID3v2 tags at the start of <paramref name="source"/> begins: 0 without a tag, and past
    /// all of them when tools have stacked several.
    /// </summary>
    public static async Task<long> EndOfLeadingTagsAsync(Stream source, CancellationToken cancellationToken)
    {
        var header = new byte[Length];
        long position = 0;
        while (true)
        {
            source.Position = position;
            var read = await source.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var tagSize = TotalSize(header.AsSpan(0, read));
            if (tagSize == 0)
            {
                return position;
            }

            position += tagSize;
        }
    }
}
