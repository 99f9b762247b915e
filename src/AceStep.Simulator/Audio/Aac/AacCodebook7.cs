namespace AceStep.Simulator.Audio.Aac;

/// <summary>
/// AAC spectral Huffman codebook 7 (ISO/IEC 14496-3, table 4.A.8): unsigned pairs with magnitudes 0–7,
/// each non-zero value followed by a sign bit.
/// </summary>
internal static class AacCodebook7
{
    public const int Number = 7;
    public const int MaxMagnitude = 7;

    // Indexed by x * 8 + y.
    private static readonly ushort[] Codes =
    [
        0x000, 0x005, 0x037, 0x074, 0x0F2, 0x1EB, 0x3ED, 0x7F7,
        0x004, 0x00C, 0x035, 0x071, 0x0EC, 0x0EE, 0x1EE, 0x1F5,
        0x036, 0x034, 0x072, 0x0EA, 0x0F1, 0x1E9, 0x1F3, 0x3F5,
        0x073, 0x070, 0x0EB, 0x0F0, 0x1F1, 0x1F0, 0x3EC, 0x3FA,
        0x0F3, 0x0ED, 0x1E8, 0x1EF, 0x3EF, 0x3F1, 0x3F9, 0x7FB,
        0x1ED, 0x0EF, 0x1EA, 0x1F2, 0x3F3, 0x3F8, 0x7F9, 0x7FC,
        0x3EE, 0x1EC, 0x1F4, 0x3F4, 0x3F7, 0x7F8, 0xFFD, 0xFFE,
        0x7F6, 0x3F0, 0x3F2, 0x3F6, 0x7FA, 0x7FD, 0xFFC, 0xFFF,
    ];

    private static readonly byte[] Lengths =
    [
        1, 3, 6, 7, 8, 9, 10, 11,
        3, 4, 6, 7, 8, 8, 9, 9,
        6, 6, 7, 8, 8, 9, 9, 10,
        7, 7, 8, 8, 9, 9, 10, 10,
        8, 8, 9, 9, 10, 10, 10, 11,
        9, 8, 9, 9, 10, 10, 11, 11,
        10, 9, 9, 10, 10, 11, 12, 12,
        11, 10, 10, 10, 11, 11, 12, 12,
    ];

    /// <summary>The code word and its length for a pair of magnitudes.</summary>
    public static (uint Code, int Length) Encode(int x, int y) => (Codes[(x * 8) + y], Lengths[(x * 8) + y]);
}
