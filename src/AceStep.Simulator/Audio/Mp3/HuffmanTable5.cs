namespace AceStep.Simulator.Audio.Mp3;

/// <summary>
/// Layer III Huffman code table 5 (ISO/IEC 11172-3, annex B): pairs (x, y) with magnitudes 0–3, no linbits.
/// Small enough to type out, and magnitudes up to 3 give each spectral line four loudness levels.
/// </summary>
internal static class HuffmanTable5
{
    public const int TableNumber = 5;
    public const int MaxMagnitude = 3;

    // Indexed by x * 4 + y.
    private static readonly ushort[] Codes =
    [
        0x1, 0x2, 0x6, 0x5,
        0x3, 0x1, 0x4, 0x4,
        0x7, 0x5, 0x7, 0x1,
        0x6, 0x1, 0x1, 0x0,
    ];

    private static readonly byte[] Lengths =
    [
        1, 3, 6, 7,
        3, 3, 6, 7,
        6, 6, 7, 8,
        7, 6, 7, 8,
    ];

    /// <summary>The code word and its length for a pair of magnitudes.</summary>
    public static (uint Code, int Length) Encode(int x, int y) => (Codes[(x * 4) + y], Lengths[(x * 4) + y]);
}
