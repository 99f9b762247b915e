using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Simulator.Requests;

/// <summary>
/// The body reading of /format_input, /create_random_sample and /v1/create_sample: JSON when the content type mentions
/// json (malformed or non-object JSON is an unhandled error upstream, so null here), else form fields (empty for
/// other content types).
/// </summary>
internal static class SimpleBodyReader
{
    public static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        var contentType = request.ContentType ?? string.Empty;
        if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var fields = new JsonObject();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, values) in form)
            {
                fields[key] = values[^1];
            }
        }

        return fields;
    }
}
