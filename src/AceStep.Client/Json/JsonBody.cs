using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AceStep.Client.Errors;

namespace AceStep.Client.Json;

/// <summary>Parses bodies that must be JSON, turning anything else into a protocol error that says what arrived instead.</summary>
internal static class JsonBody
{
    public static JsonDocument Parse(byte[] body, string endpoint)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));
            var seen = ServerMessageExtractor.Extract(text, null) ?? "an empty body";
            throw new AceStepProtocolException($"{endpoint}: expected JSON, got {seen}", new AceStepErrorDetails(endpoint, ServerMessage: seen), exception);
        }
    }

    public static T Deserialize<T>(JsonElement element, JsonTypeInfo<T> typeInfo, string endpoint)
    {
        try
        {
            return element.Deserialize(typeInfo)
                ?? throw new AceStepProtocolException($"{endpoint}: the answer holds null where data was expected.", new AceStepErrorDetails(endpoint));
        }
        catch (JsonException exception)
        {
            throw new AceStepProtocolException($"{endpoint}: the answer does not have the documented shape ({exception.Message}).", new AceStepErrorDetails(endpoint), exception);
        }
    }

    public static T Deserialize<T>(byte[] body, JsonTypeInfo<T> typeInfo, string endpoint)
    {
        using var document = Parse(body, endpoint);
        return Deserialize(document.RootElement, typeInfo, endpoint);
    }

    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo, string endpoint) =>
        Deserialize(Encoding.UTF8.GetBytes(json), typeInfo, endpoint);
}
