using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace AceStep.Simulator.Requests;

/// <summary>Reads a /release_task body by its content type, with upstream's best-effort fallbacks (see docs/protocol.md, "Submitting a job").</summary>
internal static class ReleaseTaskBodyReader
{
    private const int MaximumFieldBytes = 1024 * 1024;
    private const int MaximumParts = 1000;

    public static async Task<(ReleaseTaskBody? Body, RequestFailure? Failure)> ReadAsync(HttpRequest request, ServerVersion version)
    {
        var contentType = request.ContentType ?? string.Empty;
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType.StartsWith("application/json", StringComparison.Ordinal) || mediaType.EndsWith("+json", StringComparison.Ordinal))
        {
            return ParseJson(await ReadTextAsync(request), malformed: version == ServerVersion.B
                ? new RequestFailure(400, "Malformed JSON payload")
                : RequestFailure.PlainText500);
        }

        if (mediaType.StartsWith("multipart/form-data", StringComparison.Ordinal))
        {
            return await ReadMultipartAsync(request, version);
        }

        if (mediaType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            var form = await request.ReadFormAsync();
            return (ReleaseTaskBody.FromFields(FromForm(form, keepLists: false)), null);
        }

        return ReadBestEffort(await ReadTextAsync(request), contentType);
    }

    private static (ReleaseTaskBody?, RequestFailure?) ReadBestEffort(string text, string contentType)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return ParseJson(text, new RequestFailure(400, "Invalid JSON body (hint: set 'Content-Type: application/json')"));
        }

        if (trimmed.Length > 0 && trimmed.Contains('=', StringComparison.Ordinal))
        {
            var fields = new JsonObject();
            foreach (var (key, values) in QueryHelpers.ParseQuery(text.Trim()))
            {
                fields[key] = values[0];
            }

            return (ReleaseTaskBody.FromFields(fields), null);
        }

        var shown = contentType.Length == 0 ? "(missing)" : contentType;
        return (null, new RequestFailure(415,
            $"Unsupported Content-Type: {shown}; use application/json, application/x-www-form-urlencoded, or multipart/form-data"));
    }

    private static (ReleaseTaskBody?, RequestFailure?) ParseJson(string text, RequestFailure malformed)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (null, malformed);
        }

        return node is JsonObject fields
            ? (ReleaseTaskBody.FromFields(fields), null)
            : (null, new RequestFailure(400, "JSON payload must be an object"));
    }

    private static async Task<(ReleaseTaskBody?, RequestFailure?)> ReadMultipartAsync(HttpRequest request, ServerVersion version)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                ValueLengthLimit = int.MaxValue,
                ValueCountLimit = int.MaxValue,
                MultipartBodyLengthLimit = long.MaxValue,
                KeyLengthLimit = int.MaxValue,
            });
        }
        catch (InvalidDataException)
        {
            return (null, new RequestFailure(400, "There was an error parsing the body"));
        }

        if (form.Sum(field => field.Value.Count) > MaximumParts)
        {
            return (null, new RequestFailure(400, $"Too many fields. Maximum number of fields is {MaximumParts}."));
        }

        if (form.Files.Count > MaximumParts)
        {
            return (null, new RequestFailure(400, $"Too many files. Maximum number of files is {MaximumParts}."));
        }

        if (form.Any(field => field.Value.Any(value => Encoding.UTF8.GetByteCount(value ?? string.Empty) > MaximumFieldBytes)))
        {
            return (null, new RequestFailure(400, "Part exceeded maximum size of 1024KB."));
        }

        var fields = FromForm(form, keepLists: version == ServerVersion.B);
        return (new ReleaseTaskBody(fields, FirstFile(form, "ctx_audio", "src_audio"), FirstFile(form, "ref_audio", "reference_audio")), null);
    }

    /// <summary>A part counts as a file only when it was sent with a file name (see docs/protocol.md, "Submitting a job").</summary>
    private static IFormFile? FirstFile(IFormCollection form, params string[] names) =>
        names.Select(name => form.Files.GetFile(name)).FirstOrDefault(file => file is not null && !string.IsNullOrEmpty(file.FileName));

    private static JsonObject FromForm(IFormCollection form, bool keepLists)
    {
        var fields = new JsonObject();
        foreach (var (key, values) in form)
        {
            fields[key] = keepLists && values.Count > 1
                ? new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))])
                : JsonValue.Create(values[^1]);
        }

        return fields;
    }

    private static async Task<string> ReadTextAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }
}
