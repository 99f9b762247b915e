using System.Text.Json;

namespace AceStep.Providers.Transport;

/// <summary>
/// Reads every error shape the three providers use: OpenAI's <c>{"error":{"message","type","code"}}</c>, Gemini's
/// <c>{"error":{"code","message","status","details"}}</c>, ElevenLabs' <c>{"detail":{"status","message"}}</c>,
/// <c>{"detail":"…"}</c> and validation lists <c>{"detail":[{"loc","msg"}]}</c>, and bodies that are not JSON at all
/// (an HTML page from a proxy or gateway, plain text), which are described and quoted briefly.
/// </summary>
internal static class ErrorBodyReader
{
    public static ProviderError Read(string? body, string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ProviderError(null, null);
        }

        var trimmed = body.TrimStart();
        if (trimmed.StartsWith('{') && TryReadJson(trimmed) is { } fromJson)
        {
            return fromJson;
        }

        if (LooksLikeHtml(trimmed, mediaType))
        {
            return new ProviderError($"an HTML page instead of an API answer (a proxy or gateway in between?): {TextExcerpt.FromHtml(trimmed)}", null);
        }

        return new ProviderError($"a non-JSON answer: {TextExcerpt.OneLine(trimmed, 160)}", null);
    }

    private static ProviderError? TryReadJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error))
            {
                return FromErrorMember(error);
            }

            if (root.TryGetProperty("detail", out var detail))
            {
                return FromDetail(detail);
            }

            if (Text(root, "message") is { } message)
            {
                return new ProviderError(message, Text(root, "code") ?? Text(root, "status"));
            }

            return new ProviderError($"a JSON answer without an error message: {TextExcerpt.OneLine(json, 160)}", null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProviderError FromErrorMember(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return new ProviderError(Scalar(error), null);
        }

        var reason = DetailReason(error);
        var code = reason ?? Text(error, "status") ?? Text(error, "code") ?? Text(error, "type");
        return new ProviderError(Text(error, "message"), code, KeyInvalid: reason == "API_KEY_INVALID");
    }

    private static ProviderError FromDetail(JsonElement detail) => detail.ValueKind switch
    {
        JsonValueKind.Object => new ProviderError(
            Text(detail, "message") ?? TextExcerpt.OneLine(detail.GetRawText(), 160),
            Text(detail, "status") ?? Text(detail, "code") ?? Text(detail, "type")),
        JsonValueKind.Array => FromValidationList(detail),
        _ => new ProviderError(Scalar(detail), null),
    };

    /// <summary>FastAPI's 422: <c>[{"type":"missing","loc":["body","model_id"],"msg":"Field required"}]</c>.</summary>
    private static ProviderError FromValidationList(JsonElement items)
    {
        var parts = new List<string>();
        string? firstType = null;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                parts.Add(Scalar(item) ?? item.GetRawText());
                continue;
            }

            firstType ??= Text(item, "type");
            var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                ? string.Join('.', loc.EnumerateArray().Select(static part => Scalar(part)))
                : null;
            var text = Text(item, "msg") ?? Text(item, "message") ?? item.GetRawText();
            parts.Add(location is null ? text : $"{location}: {text}");
        }

        return new ProviderError(parts.Count == 0 ? "an empty list of validation errors" : string.Join("; ", parts), firstType);
    }

    /// <summary>Gemini's <c>details[].reason</c> (e.g. <c>API_KEY_INVALID</c>), more precise than its status.</summary>
    private static string? DetailReason(JsonElement error)
    {
        if (!error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return details.EnumerateArray()
            .Where(static item => item.ValueKind == JsonValueKind.Object)
            .Select(static item => Text(item, "reason"))
            .FirstOrDefault(static reason => reason is not null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static bool LooksLikeHtml(string body, string? mediaType) =>
        (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false)
        || body.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
        || body.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
