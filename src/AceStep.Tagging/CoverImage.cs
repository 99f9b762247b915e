namespace AceStep.Tagging;

/// <summary>A front-cover picture: the image file's bytes and its MIME type (<c>image/png</c>, <c>image/jpeg</c>).</summary>
public sealed class CoverImage
{
    /// <summary>
    /// The largest cover accepted. A FLAC metadata block holds at most 16 MiB, and the same cap everywhere keeps a
    /// song's tags the same in every format.
    /// </summary>
    public const int MaxBytes = 16_000_000;

    public CoverImage(ReadOnlyMemory<byte> data, string mimeType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        if (data.IsEmpty)
        {
            throw new ArgumentException("The cover image is empty.", nameof(data));
        }

        if (data.Length > MaxBytes)
        {
            throw new ArgumentException(
                $"The cover image is {data.Length:N0} bytes; at most {MaxBytes:N0} fit in a tag. Use a smaller or JPEG-compressed picture.",
                nameof(data));
        }

        const int maxMimeTypeLength = 64;
        if (!mimeType.StartsWith("image/", StringComparison.Ordinal) || mimeType.Length > maxMimeTypeLength || !mimeType.All(char.IsAscii) || mimeType.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{mimeType}' is not an image MIME type such as image/png or image/jpeg.", nameof(mimeType));
        }

        Data = data;
        MimeType = mimeType;
    }

    public ReadOnlyMemory<byte> Data { get; }

    public string MimeType { get; }

    /// <summary>Reads a PNG or JPEG file and names its MIME type from its content.</summary>
    /// <exception cref="InvalidDataException">The file is neither PNG nor JPEG.</exception>
    public static async Task<CoverImage> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var data = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var mimeType = ImageInfo.SniffMimeType(data)
            ?? throw new InvalidDataException($"'{path}' is not a PNG or JPEG image, so it cannot be used as a cover.");
        return new CoverImage(data, mimeType);
    }
}
