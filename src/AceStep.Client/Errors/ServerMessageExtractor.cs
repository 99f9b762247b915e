using System.Text;
using System.Text.Json;

namespace AceStep.Client.Errors;

/// <summary>
/// Turns an error body, whatever its shape, into one readable line: FastAPI's <c>detail</c> (a string, or the
/// 422 array of validation items), an envelope's <c>error</c>, an OpenAI-style <c>error.message</c>, the first
/// line of a plain-text body, the last line of a Python traceback, or the title of an HTML page.
/// </summary>
internal static class ServerMessageExtractor
{
    private const int MaxLength = 500;

    public static string? Extract(string? body, string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var trimmed = body.Trim();
        if (trimmed.StartsWith('{') && TryExtractFromJson(trimmed, out var fromJson))
        {
            return fromJson;
        }

        if (LooksLikeHtml(trimmed, mediaType))
        {
            return Shorten(HtmlTitle(trimmed) is { } title ? $"HTML page: {title}" : "an HTML page instead of an API answer");
        }

        return FromText(trimmed);
    }

    /// <summary>A traceback's last line says what went wrong; any other text is summarised by its first line.</summary>
    public static string? FromText(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return null;
        }

        var isTraceback = lines[0].StartsWith("Traceback (most recent call last)", StringComparison.Ordinal)
            || text.Contains("\nTraceback (most recent call last)", StringComparison.Ordinal);
        return Shorten(isTraceback ? lines[^1] : lines[0]);
    }

    private static bool TryExtractFromJson(string json, out string? message)
    {
        message = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (root.TryGetProperty("detail", out var detail))
            {
                message = detail.ValueKind switch
                {
                    JsonValueKind.String => FromText(detail.GetString() ?? string.Empty),
                    JsonValueKind.Array => Shorten(DescribeValidationItems(detail)),
                    _ => Shorten(detail.GetRawText()),
                };
                return true;
            }

            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    message = FromText(error.GetString() ?? string.Empty);
                    return true;
                }

                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.String)
                {
                    message = FromText(inner.GetString() ?? string.Empty);
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string DescribeValidationItems(JsonElement items)
    {
        var parts = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                parts.Add(item.ToString());
                continue;
            }

            var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                ? string.Join('.', loc.EnumerateArray().Select(static part => part.ToString()))
                : null;
            var text = item.TryGetProperty("msg", out var msg) ? msg.ToString() : item.GetRawText();
            parts.Add(location is null ? text : $"{location}: {text}");
        }

        return string.Join("; ", parts);
    }

    private static bool LooksLikeHtml(string body, string? mediaType) =>
        (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false)
        || body.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
        || body.StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    private static string? HtmlTitle(string html)
    {
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += "<title>".Length;
        var end = html.IndexOf("</title>", start, StringComparison.OrdinalIgnoreCase);
        return end > start ? html[start..end].Trim() : null;
    }

    private static string Shorten(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
