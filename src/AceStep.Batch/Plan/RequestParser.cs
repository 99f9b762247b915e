using AceStep.Client;

namespace AceStep.Batch;

/// <summary>
/// Turns the fields of one plan entry into a checked, canonical request: the defaults first, the entry's
/// fields over them, then the rules that span fields (what <c>acestep generate</c> refuses, a plan refuses too).
/// </summary>
internal static class RequestParser
{
    private static readonly string[] SourceTasks = ["cover", "repaint", "lego", "extract", "complete", "cover-nofsq"];
    private static readonly string[] ReservedTags = ["<prompt>", "</prompt>", "<lyrics>", "</lyrics>"];

    /// <summary>The request, or null when <paramref name="problems"/> received at least one problem.</summary>
    public static PlanRequest? Parse(IEnumerable<KeyValuePair<string, PlanValue>> entry, PlanReadOptions options, List<string> problems)
    {
        var fields = options.Defaults is null ? new SortedDictionary<string, object>(StringComparer.Ordinal) : RequestCodec.FieldsOf(options.Defaults);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = problems.Count;
        foreach (var (name, value) in entry)
        {
            ReadField(name, value, options, fields, given, problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        CheckCombination(fields, given, problems);
        if (problems.Count > before)
        {
            return null;
        }

        var json = RequestCodec.Encode(fields);
        return new PlanRequest(json, RequestCodec.Decode(json));
    }

    private static void ReadField(
        string name, PlanValue value, PlanReadOptions options, SortedDictionary<string, object> fields, Dictionary<string, string> given, List<string> problems)
    {
        var field = PlanFields.Find(name);
        if (field is null)
        {
            problems.Add($"unknown field '{name}'; the fields are those of 'acestep generate': {string.Join(", ", PlanFields.All.Select(f => f.Name))}.");
            return;
        }

        var canonicalName = field.Kind == FieldKind.LyricsFile ? PlanFields.Lyrics : field.Name;
        if (given.TryGetValue(canonicalName, out var earlier))
        {
            problems.Add($"'{name}' repeats '{earlier}'; give it once.");
            return;
        }

        given[canonicalName] = name;
        if (value.Kind == PlanValueKind.Null)
        {
            fields.Remove(canonicalName);
            return;
        }

        if (FieldReader.Read(field, value, options.BaseDirectory, problems) is { } canonical)
        {
            fields[canonicalName] = canonical is string text && field.Kind == FieldKind.Text ? text.Trim() : canonical;
        }
    }

    private static void CheckCombination(SortedDictionary<string, object> fields, Dictionary<string, string> given, List<string> problems)
    {
        bool Has(string name) => fields.TryGetValue(name, out var value) && value is not (string { Length: 0 } or false);

        if (given.ContainsKey(PlanFields.Description) && (given.ContainsKey(PlanFields.Caption) || given.ContainsKey(PlanFields.Lyrics)))
        {
            problems.Add("'description' cannot be combined with a caption or lyrics: the server's language model writes both from the description.");
        }

        if (Has(PlanFields.Instrumental) && Has(PlanFields.Lyrics))
        {
            problems.Add("'instrumental' cannot be combined with lyrics.");
        }

        if (!Has(PlanFields.Caption) && !Has(PlanFields.Description) && !Has(PlanFields.Lyrics) && !Has(PlanFields.SourceAudio) && !Has(PlanFields.SampleMode))
        {
            problems.Add("a caption or a description is required (e.g. {\"caption\": \"lofi hip hop, rainy night\"}).");
        }

        foreach (var name in (string[])[PlanFields.Caption, PlanFields.Lyrics, PlanFields.Description])
        {
            if (fields.GetValueOrDefault(name) is string text && ReservedTags.FirstOrDefault(tag => text.Contains(tag, StringComparison.OrdinalIgnoreCase)) is { } tag)
            {
                problems.Add($"the {name} contains the reserved tag {tag}, which would corrupt the request.");
            }
        }

        if (fields.GetValueOrDefault(PlanFields.TaskType) is string task && SourceTasks.Contains(task) && !Has(PlanFields.SourceAudio))
        {
            problems.Add($"'task_type' {task} needs 'src_audio'.");
        }

        if (fields.GetValueOrDefault(PlanFields.RepaintStart) is double start && fields.GetValueOrDefault(PlanFields.RepaintEnd) is double end && end <= start)
        {
            problems.Add($"'repaint_end' ({end}) must be after 'repaint_start' ({start}).");
        }
    }
}
