using System.Buffers.Binary;

namespace AceStep.Tagging;

/// <summary>
/// The pixel size and colour depth of a PNG or JPEG cover, read from its header, for the FLAC picture block (players
/// use them to choose a picture without decoding it). Other formats give zeros.
/// </summary>
internal readonly record struct ImageInfo(int Width, int Height, int BitsPerPixel)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? SniffMimeType(ReadOnlySpan<byte> image) =>
        image.StartsWith(PngSignature) ? "image/png"
        : image.Length >= 3 && image[0] == 0xFF && image[1] == 0xD8 && image[2] == 0xFF ? "image/jpeg"
        : null;

    public static ImageInfo Of(ReadOnlySpan<byte> image) =>
        SniffMimeType(image) switch
        {
            "image/png" => OfPng(image),
            "image/jpeg" => OfJpeg(image),
            _ => default,
        };

    // The IHDR chunk always comes first: width, height, bit depth per sample, colour type.
    private static ImageInfo OfPng(ReadOnlySpan<byte> image)
    {
        if (image.Length < 26 || !image.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return default;
        }

        var samplesPerPixel = image[25] switch
        {
            2 => 3,  // RGB
            4 => 2,  // grey and alpha
            6 => 4,  // RGBA
            _ => 1,  // grey, or palette indexes
        };
        return new(BinaryPrimitives.ReadInt32BigEndian(image.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(image.Slice(20, 4)), image[24] * samplesPerPixel);
    }

    // Walks the marker segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC), which holds the
    // sample precision, the size and the number of components.
    private static ImageInfo OfJpeg(ReadOnlySpan<byte> image)
    {
        var position = 2;
        while (position + 10 <= image.Length && image[position] == 0xFF)
        {
            var marker = image[position + 1];
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isStartOfFrame)
            {
                var frame = image.Slice(position + 4);
                return new(BinaryPrimitives.ReadUInt16BigEndian(frame.Slice(3, 2)), BinaryPrimitives.ReadUInt16BigEndian(frame.Slice(1, 2)), frame[0] * frame[5]);
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(image.Slice(position + 2, 2));
        }

        return default;
    }
}
