using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Simulator.Wire;

/// <summary>
/// The silent coercion rules in docs/protocol.md, "Parameters of /release_task": how the server turns JSON or form values into ints, floats, bools and
/// strings. Bad values become the default, never an error.
/// </summary>
internal static class PythonValues
{
    private static readonly string[] TrueWords = ["1", "true", "yes", "y", "on"];

    /// <summary>Python truthiness of a parsed JSON value.</summary>
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.ToJsonString() is not ("0" or "0.0" or "-0" or "-0.0"),
            _ => false,
        },
        _ => false,
    };

    /// <summary>Python <c>str()</c> of a value (4 → "4", true → "True").</summary>
    public static string ToPythonString(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
        _ => node.ToJsonString(),
    };

    public static int? ToInt(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => ParseIntegerLiteral(value.ToJsonString()),
            JsonValueKind.String => ParseIntegerLiteral(value.GetValue<string>().Trim()),
            _ => null,
        };
    }

    public static double? ToFloat(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>().Trim(),
            _ => string.Empty,
        };
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
            ? parsed
            : null;
    }

    public static bool ToBool(JsonNode? node, bool defaultValue)
    {
        if (node is null)
        {
            return defaultValue;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValueKind() == JsonValueKind.True;
        }

        var text = ToPythonString(node).Trim();
        if (text.Length == 0)
        {
            return defaultValue;
        }

        return TrueWords.Contains(text.ToLowerInvariant());
    }

    public static string? ToText(JsonNode? node) => node is null ? null : ToPythonString(node);

    private static int? ParseIntegerLiteral(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
