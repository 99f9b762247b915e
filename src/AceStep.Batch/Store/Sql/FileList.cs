using System.Text;
using System.Text.Json;

namespace AceStep.Batch.Store;

/// <summary>A list of file names as the JSON array a <c>files</c> column holds.</summary>
internal static class FileList
{
    public static string Encode(IReadOnlyList<string> files)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var file in files)
            {
                writer.WriteStringValue(file);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<string> Decode(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(file => file.GetString() ?? string.Empty)];
    }
}
