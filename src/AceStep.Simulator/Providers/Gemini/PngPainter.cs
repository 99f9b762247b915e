using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace AceStep.Simulator.Providers.Gemini;

/// <summary>
/// Paints a real PNG for a prompt: a vertical gradient between two colours drawn from the prompt's hash, with soft
/// diagonal bands, at the exact size asked. Same prompt, same picture.
/// </summary>
internal static class PngPainter
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Paint(string prompt, int width, int height)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(prompt));
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Pixels(hash, width, height));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Pixels(byte[] hash, int width, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            double[] bands = [.. Enumerable.Range(0, width + height).Select(i => 0.85 + (0.15 * Math.Sin(i * Math.PI / (width / 6.0))))];
            for (var y = 0; y < height; y++)
            {
                var t = (double)y / Math.Max(1, height - 1);
                for (var x = 0; x < width; x++)
                {
                    var band = bands[x + y];
                    for (var channel = 0; channel < 3; channel++)
                    {
                        var value = ((hash[channel] * (1 - t)) + (hash[channel + 3] * t)) * band;
                        row[1 + (x * 3) + channel] = (byte)Math.Clamp(value, 0, 255);
                    }
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    /// <summary>The CRC-32 of zlib and PNG (reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFF;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
