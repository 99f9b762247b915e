using System.Globalization;
using System.Text.Json;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// The JSON form of timed lyrics shared by <c>acestep transcribe</c> and the video renderer:
/// <c>[{"start": s, "end": s, "text": "...", "words": [{"text": "...", "start": s, "end": s}]}]</c>, times in seconds.
/// Reading also accepts items without <c>end</c> (it becomes the next line's start) or <c>words</c>, and an object
/// with a <c>lines</c> array (a saved transcription document, whose <c>"estimated": true</c> is kept).
/// </summary>
public static class LyricsJson
{
    public static string Write(TimedLyrics lyrics, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        return JsonText.Write(indented, writer => WriteLines(writer, lyrics));
    }

    /// <summary>Writes the lines array at the writer's position (for documents that embed it).</summary>
    public static void WriteLines(Utf8JsonWriter writer, TimedLyrics lyrics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lyrics);
        writer.WriteStartArray();
        foreach (var line in lyrics.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", Math.Round(line.Start, 3));
            writer.WriteNumber("end", Math.Round(line.End, 3));
            writer.WriteString("text", line.Text);
            writer.WriteStartArray("words");
            foreach (var word in line.Words)
            {
                writer.WriteStartObject();
                writer.WriteString("text", word.Text);
                writer.WriteNumber("start", Math.Round(word.Start, 3));
                writer.WriteNumber("end", Math.Round(word.End, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <exception cref="JsonException">The text is not JSON, or neither an array nor an object with a <c>lines</c> array.</exception>
    public static LyricsReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var estimated = false;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("lines", out var lines))
        {
            estimated = root.TryGetProperty("estimated", out var flag) && flag.ValueKind == JsonValueKind.True;
            root = lines;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("expected an array of lines [{\"start\", \"end\", \"text\"}] (or an object with a \"lines\" array)");
        }

        var warnings = new List<LyricsWarning>();
        var items = new List<(double Start, double? End, string Text, List<TimedWord> Words)>();
        var number = 0;
        foreach (var item in root.EnumerateArray())
        {
            number++;
            if (ReadItem(item, number, warnings) is { } read)
            {
                items.Add(read);
            }
        }

        items.Sort((left, right) => left.Start.CompareTo(right.Start));
        var result = new List<TimedLine>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (start, end, text, words) = items[i];
            var resolvedEnd = end ?? (i + 1 < items.Count ? items[i + 1].Start : start + LrcReader.LastLineSeconds);
            result.Add(new TimedLine(start, Math.Max(start, resolvedEnd), text, words));
        }

        return new(new TimedLyrics(result, estimated), warnings);
    }

    private static (double Start, double? End, string Text, List<TimedWord> Words)? ReadItem(JsonElement item, int number, List<LyricsWarning> warnings)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            warnings.Add(new(number, "not an object with start, end and text: skipped"));
            return null;
        }

        if (!TryTime(item, "start", out var start) || start is null)
        {
            warnings.Add(new(number, "\"start\" is missing or not a number of seconds >= 0: skipped"));
            return null;
        }

        if (!TryTime(item, "end", out var end) || (end is { } endValue && endValue < start))
        {
            warnings.Add(new(number, "\"end\" is not a number of seconds at or after \"start\": skipped"));
            return null;
        }

        var text = item.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String
            ? textElement.GetString()!.Trim()
            : null;
        if (string.IsNullOrEmpty(text))
        {
            warnings.Add(new(number, "\"text\" is missing or empty: skipped"));
            return null;
        }

        return (start.Value, end, text, ReadWords(item, number, warnings));
    }

    private static List<TimedWord> ReadWords(JsonElement item, int number, List<LyricsWarning> warnings)
    {
        var words = new List<TimedWord>();
        if (!item.TryGetProperty("words", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return words;
        }

        foreach (var word in array.EnumerateArray())
        {
            var text = word.ValueKind == JsonValueKind.Object && word.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!.Trim()
                : null;
            if (string.IsNullOrEmpty(text) || !TryTime(word, "start", out var start) || start is null
                || !TryTime(word, "end", out var end) || end is null || end < start)
            {
                warnings.Add(new(number, "a word without text, start and end (end >= start) was left out"));
                continue;
            }

            words.Add(new TimedWord(text, start.Value, end.Value));
        }

        return words;
    }

    private static bool TryTime(JsonElement item, string name, out double? seconds)
    {
        seconds = null;
        if (!item.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value) && value >= 0)
        {
            seconds = value;
            return true;
        }

        if (element.ValueKind == JsonValueKind.String
            && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value) && value >= 0)
        {
            seconds = value;
            return true;
        }

        return false;
    }
}
