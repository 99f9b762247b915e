using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Simulator.Endpoints;

/// <summary>The body of a typed-body route (/v1/init, /v1/lora/*): an empty body means all defaults; anything else must be JSON.</summary>
internal static class TypedJsonBody
{
    /// <returns>The object (null when the JSON is not an object), or Malformed when it is not JSON at all.</returns>
    public static async Task<(JsonObject? Body, bool Malformed)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], false);
        }

        try
        {
            return (JsonNode.Parse(text) as JsonObject, false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }
}
