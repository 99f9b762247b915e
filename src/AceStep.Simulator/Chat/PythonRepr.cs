using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Simulator.Chat;

/// <summary>Python's <c>repr()</c> of parsed JSON, as Pydantic quotes inputs in its error messages.</summary>
internal static class PythonRepr
{
    private const int MaximumLength = 50;

    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(node, text);
        var repr = text.ToString();
        // Pydantic shortens long inputs around the middle.
        return repr.Length <= MaximumLength ? repr : string.Concat(repr.AsSpan(0, 24), "...", repr.AsSpan(repr.Length - 23));
    }

    public static string TypeName(JsonNode? node) => node switch
    {
        null => "NoneType",
        JsonObject => "dict",
        JsonArray => "list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "str",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Number => v.ToJsonString().IndexOfAny(['.', 'e', 'E']) >= 0 ? "float" : "int",
            _ => "NoneType",
        },
        _ => "NoneType",
    };

    private static void Append(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("None");
                break;
            case JsonObject obj:
                text.Append('{');
                AppendJoined(obj, text, static (pair, t) =>
                {
                    AppendString(pair.Key, t);
                    t.Append(": ");
                    Append(pair.Value, t);
                });
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                AppendJoined(array, text, static (item, t) => Append(item, t));
                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                AppendString(value.GetValue<string>(), text);
                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                text.Append(value.GetValueKind() == JsonValueKind.True ? "True" : "False");
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    private static void AppendJoined<T>(IEnumerable<T> items, StringBuilder text, Action<T, StringBuilder> append)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                text.Append(", ");
            }

            append(item, text);
            first = false;
        }
    }

    private static void AppendString(string value, StringBuilder text)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        text.Append(quote);
        foreach (var c in value)
        {
            if (c == quote || c == '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                text.Append("\\n");
            }
            else if (c < 0x20)
            {
                text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append(quote);
    }
}
