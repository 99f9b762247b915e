using System.Buffers.Binary;
using System.Text;

namespace AceStep.Tagging.Tests.Support;

/// <summary>A test's own reading of a RIFF file's chunk list, to check the layout the writer produced.</summary>
internal static class RiffChunks
{
    public static List<(string Id, byte[] Body)> Read(byte[] file)
    {
        var chunks = new List<(string, byte[])>();
        for (var position = 12; position + 8 <= file.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(position + 4));
            var id = Encoding.ASCII.GetString(file, position, 4);
            var body = file.AsSpan(position + 8, size).ToArray();
            chunks.Add((id == "LIST" ? "LIST/" + Encoding.ASCII.GetString(body, 0, 4) : id, body));
            position += 8 + size + (size & 1);
        }

        return chunks;
    }
}
