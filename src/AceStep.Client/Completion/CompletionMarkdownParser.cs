using System.Globalization;

namespace AceStep.Client.Completion;

/// <summary>
/// Reads the Markdown the chat endpoint writes (see docs/protocol.md, "Chat completions"): a <c>## Metadata</c> section of <c>**Name:** value</c>
/// lines and a <c>## Lyrics</c> section. Heartbeat dots before it (streaming) are ignored.
/// </summary>
internal static class CompletionMarkdownParser
{
    private const string LyricsHeading = "## Lyrics";

    public static ParsedCompletionContent Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return new ParsedCompletionContent();
        }

        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? lyrics = null;
        var lyricsAt = text.IndexOf(LyricsHeading, StringComparison.Ordinal);
        var metadataText = text;
        if (lyricsAt >= 0)
        {
            lyrics = text[(lyricsAt + LyricsHeading.Length)..].Trim('\n', ' ');
            metadataText = text[..lyricsAt];
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rawLine in metadataText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith("**", StringComparison.Ordinal))
            {
                continue;
            }

            var close = line.IndexOf(":**", 2, StringComparison.Ordinal);
            if (close > 2)
            {
                values[line[2..close].Trim()] = line[(close + 3)..].Trim();
            }
        }

        return new ParsedCompletionContent
        {
            Caption = values.GetValueOrDefault("Caption"),
            Bpm = ParseNumber(values.GetValueOrDefault("BPM")),
            DurationSeconds = ParseNumber(values.GetValueOrDefault("Duration")?.TrimEnd('s')),
            KeyScale = values.GetValueOrDefault("Key"),
            TimeSignature = NormalizeTimeSignature(values.GetValueOrDefault("Time Signature")),
            Language = values.GetValueOrDefault("Language"),
            Lyrics = string.IsNullOrEmpty(lyrics) ? null : lyrics,
        };
    }

    private static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The stand-alone server writes <c>4/4</c> where the main server writes <c>4</c>; results use the model's form.</summary>
    private static string? NormalizeTimeSignature(string? value) =>
        value is null ? null : GenerationVocabulary.ToModelTimeSignature(value);
}
