namespace AceStep.Simulator.Audio.Bits;

/// <summary>CRC-8 with polynomial x^8 + x^2 + x + 1 (0x07), initial value 0: FLAC's frame header checksum.</summary>
internal static class Crc8
{
    private static readonly byte[] Table = BuildTable();

    public static byte Compute(ReadOnlySpan<byte> data)
    {
        byte crc = 0;
        foreach (var b in data)
        {
            crc = Table[crc ^ b];
        }

        return crc;
    }

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1;
            }

            table[i] = (byte)crc;
        }

        return table;
    }
}
