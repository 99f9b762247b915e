using System.Text.Json;

namespace AceStep.Simulator.Requests;

/// <summary>
/// Reads <c>task_id_list</c> (see docs/protocol.md, "Polling: /query_result"): an array, or a string holding a JSON array. A string that decodes to a
/// string is iterated character by character, as Python does; anything unreadable is an empty list.
/// </summary>
internal static class TaskIdList
{
    public static List<string> FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => [.. element.EnumerateArray().Select(ToText)],
        JsonValueKind.String => FromText(element.GetString()),
        _ => [],
    };

    public static List<string> FromText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray().Select(ToText)],
                JsonValueKind.String => [.. root.GetString()!.Select(c => c.ToString())],
                JsonValueKind.Object => [.. root.EnumerateObject().Select(p => p.Name)],
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string ToText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        _ => element.GetRawText(),
    };
}
