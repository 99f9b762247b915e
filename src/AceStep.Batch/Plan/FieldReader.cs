using System.Globalization;
using AceStep.Client;

namespace AceStep.Batch;

/// <summary>Reads one field's value into its canonical form, or says what is wrong with it.</summary>
internal static class FieldReader
{
    /// <summary>The canonical value, or null with a problem added.</summary>
    public static object? Read(PlanField field, PlanValue value, string baseDirectory, List<string> problems)
    {
        string? Problem(string message)
        {
            problems.Add($"'{field.Name}' {message}");
            return null;
        }

        switch (field.Kind)
        {
            case FieldKind.Text:
                return value.Kind == PlanValueKind.Text ? value.Text : Problem($"must be text, not {value.Describe()}.");
            case FieldKind.Flag:
                return value.Kind == PlanValueKind.Flag ? value.Flag : Problem($"must be true or false, not {value.Describe()}.");
            case FieldKind.WholeNumber:
                return ReadWhole(field, value, Problem);
            case FieldKind.Number:
                return ReadNumber(field, value, Problem);
            case FieldKind.Seeds:
                return ReadSeeds(value, Problem);
            case FieldKind.AudioPath:
                return ReadExistingFile(value, baseDirectory, Problem);
            case FieldKind.LyricsFile:
                return ReadExistingFile(value, baseDirectory, Problem) is string path ? File.ReadAllText(path) : null;
            case FieldKind.TaskType:
                return value.Kind == PlanValueKind.Text && GenerationVocabulary.NormalizeTaskType(value.Text!) is { } task
                    ? task
                    : Problem($"must be one of {string.Join(", ", GenerationVocabulary.TaskTypes)}, not {value.Describe()}.");
            default:
                return value.Kind == PlanValueKind.Text && PlanFields.AudioFormats.Contains(value.Text!.Trim().ToLowerInvariant())
                    ? value.Text.Trim().ToLowerInvariant()
                    : Problem($"must be one of {string.Join(", ", PlanFields.AudioFormats)}, not {value.Describe()}.");
        }
    }

    private static object? ReadWhole(PlanField field, PlanValue value, Func<string, string?> problem)
    {
        if (value.Kind != PlanValueKind.Number || value.Number != Math.Floor(value.Number))
        {
            return problem($"must be a whole number from {Show(field.Minimum)} to {Show(field.Maximum)}, not {value.Describe()}.");
        }

        return InRange(field, value.Number) ? (long)value.Number : problem($"must be from {Show(field.Minimum)} to {Show(field.Maximum)}, not {value.Describe()}.");
    }

    private static object? ReadNumber(PlanField field, PlanValue value, Func<string, string?> problem)
    {
        if (value.Kind != PlanValueKind.Number || double.IsNaN(value.Number) || double.IsInfinity(value.Number))
        {
            return problem($"must be a number, not {value.Describe()}.");
        }

        if (InRange(field, value.Number))
        {
            return value.Number;
        }

        var lower = field.MinimumExcluded ? $"above {Show(field.Minimum)}" : $"at least {Show(field.Minimum)}";
        return field.Maximum == double.MaxValue
            ? problem($"must be {lower}, not {value.Describe()}.")
            : problem($"must be {lower} and at most {Show(field.Maximum)}, not {value.Describe()}.");
    }

    /// <summary>A seed is a whole number, a list of them, or text such as <c>"42,123"</c> (the flag's form); -1 means random.</summary>
    private static object? ReadSeeds(PlanValue value, Func<string, string?> problem)
    {
        var parts = value.Kind switch
        {
            PlanValueKind.Number => [value],
            PlanValueKind.List => value.Items,
            PlanValueKind.Text => value.Text!.Split(',', StringSplitOptions.TrimEntries).Select(ParseSeedText).ToList(),
            _ => null,
        };
        var seeds = new List<long>();
        foreach (var part in parts ?? [])
        {
            if (part.Kind != PlanValueKind.Number || part.Number != Math.Floor(part.Number) || part.Number < -1 || part.Number > uint.MaxValue)
            {
                return problem($"must be a whole number from -1 to {uint.MaxValue}, a list of them or \"42,123\", not {value.Describe()}.");
            }

            seeds.Add((long)part.Number);
        }

        return parts is null || seeds.Count == 0
            ? problem($"must be a whole number, a list of them or \"42,123\", not {value.Describe()}.")
            : seeds.ToArray();
    }

    private static PlanValue ParseSeedText(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed) ? PlanValue.OfNumber(seed) : PlanValue.OfText(text);

    private static string? ReadExistingFile(PlanValue value, string baseDirectory, Func<string, string?> problem)
    {
        if (value.Kind != PlanValueKind.Text || string.IsNullOrWhiteSpace(value.Text))
        {
            return problem($"must be a file path, not {value.Describe()}.");
        }

        var path = Path.GetFullPath(value.Text, baseDirectory);
        return File.Exists(path) ? path : problem($"names {value.Text}, which does not exist (relative paths start at {baseDirectory}).");
    }

    private static bool InRange(PlanField field, double number) =>
        (field.MinimumExcluded ? number > field.Minimum : number >= field.Minimum) && number <= field.Maximum;

    private static string Show(double bound) => bound.ToString(CultureInfo.InvariantCulture);
}
