namespace AceStep.Tagging.Id3;

/// <summary>
/// ID3v2's 28-bit "syncsafe" integers: seven bits per byte, the top bit always clear, so that no size field can
/// look like an MPEG frame sync to a player scanning for audio.
/// </summary>
internal static class Syncsafe
{
    public const int MaxValue = (1 << 28) - 1;

    public static int Decode(ReadOnlySpan<byte> bytes) => (bytes[0] << 21) | (bytes[1] << 14) | (bytes[2] << 7) | bytes[3];

    public static void Encode(int value, Span<byte> destination)
    {
        if (value is < 0 or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An ID3v2 size must fit in 28 bits (256 MiB).");
        }

        destination[0] = (byte)((value >> 21) & 0x7F);
        destination[1] = (byte)((value >> 14) & 0x7F);
        destination[2] = (byte)((value >> 7) & 0x7F);
        destination[3] = (byte)(value & 0x7F);
    }
}
