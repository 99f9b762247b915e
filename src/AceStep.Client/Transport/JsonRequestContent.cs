using System.Net.Http.Headers;
using System.Text.Json;

namespace AceStep.Client.Transport;

/// <summary>Small JSON request bodies written member by member, so numbers and booleans keep their natural types.</summary>
internal static class JsonRequestContent
{
    public static ByteArrayContent Create(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
