namespace AceStep.Tagging.Ogg;

/// <summary>
/// The Ogg page checksum: CRC-32 with polynomial 0x04C11DB7, fed most significant bit first, starting from zero and
/// without a final inversion (so it differs from the zlib CRC-32).
/// </summary>
internal static class OggCrc
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
    {
        foreach (var value in data)
        {
            crc = (crc << 8) ^ Table[(crc >> 24) ^ value];
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        const uint polynomial = 0x04C11DB7;
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var entry = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                entry = (entry & 0x80000000) != 0 ? (entry << 1) ^ polynomial : entry << 1;
            }

            table[i] = entry;
        }

        return table;
    }
}
