using System.Text.Json;

namespace AceStep.Batch;

/// <summary>
/// Reads a JSONL plan: one JSON object a line, with the fields of <c>acestep generate</c>'s flags
/// (<c>{"caption": "lofi", "duration": 30, "bpm": 90, "seed": 7}</c>). Blank lines and lines starting with
/// <c>#</c> are skipped. Every line's problems are reported together, each with its line number.
/// </summary>
public static class PlanReader
{
    /// <exception cref="PlanFormatException">One or more lines are invalid.</exception>
    public static BatchPlan ReadJsonLines(TextReader reader, PlanReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new PlanBuilder(options);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (ParseObject(trimmed, out var problem) is { } entry)
            {
                builder.Add(entry, lineNumber, lineNumber);
            }
            else
            {
                builder.Fail(lineNumber, problem!);
            }
        }

        return builder.Build();
    }

    /// <summary>Reads a JSONL plan file; relative paths in it start at the file's folder unless the options say otherwise.</summary>
    public static BatchPlan ReadJsonLinesFile(string path, PlanReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var reader = new StreamReader(path);
        return ReadJsonLines(reader, options);
    }

    private static List<KeyValuePair<string, PlanValue>>? ParseObject(string line, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "each line must be one JSON object, e.g. {\"caption\": \"lofi hip hop\"}.";
                return null;
            }

            return [.. document.RootElement.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, ToPlanValue(property.Value)))];
        }
        catch (JsonException error)
        {
            problem = $"not valid JSON ({error.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.')}); write one JSON object on one line.";
            return null;
        }
    }

    private static PlanValue ToPlanValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => PlanValue.OfText(element.GetString()!),
        JsonValueKind.Number => PlanValue.OfNumber(element.GetDouble()),
        JsonValueKind.True => PlanValue.OfFlag(true),
        JsonValueKind.False => PlanValue.OfFlag(false),
        JsonValueKind.Array => PlanValue.OfList([.. element.EnumerateArray().Select(ToPlanValue)]),
        JsonValueKind.Object => PlanValue.Mapping,
        _ => PlanValue.Null,
    };
}
