using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Http;

/// <summary>The <c>ai_token</c> of a parsed body, reduced to what the auth check needs (see docs/protocol.md, "Authentication").</summary>
/// <param name="IsTruthy">Present and truthy in Python's sense; an empty string counts as missing.</param>
/// <param name="Text">The value when it is a string; other types never equal the key.</param>
internal readonly record struct AiToken(bool IsTruthy, string? Text)
{
    public static AiToken None => default;

    public static AiToken From(JsonObject? body) =>
        body is not null && body.TryGetPropertyValue("ai_token", out var node)
            ? new AiToken(PythonValues.IsTruthy(node), node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
            : None;

    public static AiToken From(JsonElement body)
    {
        if (!body.TryGetProperty("ai_token", out var token))
        {
            return None;
        }

        return token.ValueKind == JsonValueKind.String
            ? new AiToken(token.GetString()!.Length > 0, token.GetString())
            : From(new JsonObject { ["ai_token"] = JsonNode.Parse(token.GetRawText()) });
    }

    public static AiToken FromText(string? text) => new(!string.IsNullOrEmpty(text), text);
}
