using System.Text;
using System.Text.Json;

namespace AceStep.Lyrics.Formats;

/// <summary>Runs a writer over a buffer and returns the UTF-8 JSON it wrote as a string.</summary>
internal static class JsonText
{
    public static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
