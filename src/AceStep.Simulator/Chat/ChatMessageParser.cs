using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AceStep.Simulator.Chat;

/// <summary>
/// Turns chat messages into caption, lyrics and audio (see docs/protocol.md, "Chat completions"): version B reads the last non-empty user message;
/// version A reads every user message and turns untagged plain text into a sample query.
/// </summary>
internal static partial class ChatMessageParser
{
    private static readonly string[] LyricsMarkers = ["[verse", "[chorus", "[bridge", "[intro", "[outro", "[hook", "[pre-chorus", "[refrain", "[inst"];

    public static ParsedPrompt Parse(IReadOnlyList<ChatMessage> messages, ServerVersion version) =>
        version == ServerVersion.B ? ParseLatest(messages) : ParseAll(messages);

    private static ParsedPrompt ParseLatest(IReadOnlyList<ChatMessage> messages)
    {
        var last = messages.LastOrDefault(message => message.Role == "user" && HasContent(message.Content));
        if (last is null)
        {
            return new ParsedPrompt(string.Empty, string.Empty, string.Empty, false, []);
        }

        var (text, audio) = Flatten(last.Content);
        var (caption, lyrics, _) = SplitTags(text);
        return new ParsedPrompt(caption, lyrics, string.Empty, false, audio);
    }

    private static ParsedPrompt ParseAll(IReadOnlyList<ChatMessage> messages)
    {
        var captions = new List<string>();
        var lyrics = string.Empty;
        var anyTag = false;
        var audio = new List<AudioPart>();
        foreach (var message in messages.Where(m => m.Role == "user"))
        {
            foreach (var text in Texts(message.Content, audio))
            {
                var (caption, found, tagged) = SplitTags(text);
                anyTag |= tagged;
                if (caption.Length > 0)
                {
                    captions.Add(caption);
                }

                if (found.Length > 0)
                {
                    lyrics = found;
                }
            }
        }

        var joined = string.Join(' ', captions);
        var autoSample = !anyTag && lyrics.Length == 0 && joined.Length > 0;
        return autoSample
            ? new ParsedPrompt(string.Empty, string.Empty, joined, true, audio)
            : new ParsedPrompt(joined, lyrics, string.Empty, false, audio);
    }

    /// <summary>Tags win; without tags, lyrics-looking text is lyrics and anything else the caption.</summary>
    private static (string Caption, string Lyrics, bool Tagged) SplitTags(string text)
    {
        var prompt = PromptTag().Match(text);
        var lyrics = LyricsTag().Match(text);
        if (prompt.Success || lyrics.Success)
        {
            var caption = prompt.Success
                ? prompt.Groups[1].Value.Trim()
                : LyricsTag().Replace(text, string.Empty, 1).Trim();
            return (caption, lyrics.Success ? lyrics.Groups[1].Value.Trim() : string.Empty, true);
        }

        var trimmed = text.Trim();
        return LooksLikeLyrics(trimmed) ? (string.Empty, trimmed, false) : (trimmed, string.Empty, false);
    }

    private static bool LooksLikeLyrics(string text)
    {
        if (LyricsMarkers.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        return lines.Length >= 4 && lines.Average(line => line.Length) < 60;
    }

    private static bool HasContent(JsonNode content) => content switch
    {
        JsonArray parts => parts.Count > 0,
        JsonValue value => value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0,
        _ => false,
    };

    private static (string Text, List<AudioPart> Audio) Flatten(JsonNode content)
    {
        var audio = new List<AudioPart>();
        var texts = Texts(content, audio);
        return (content is JsonArray ? string.Join('\n', texts.Select(t => t.Trim())) : texts.FirstOrDefault() ?? string.Empty, audio);
    }

    /// <summary>The text pieces of one content value, collecting <c>input_audio</c> parts on the way.</summary>
    private static List<string> Texts(JsonNode content, List<AudioPart> audio)
    {
        if (content is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return [value.GetValue<string>()];
        }

        var texts = new List<string>();
        if (content is not JsonArray parts)
        {
            return texts;
        }

        foreach (var part in parts.OfType<JsonObject>())
        {
            var type = part["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
            if (type == "text" && part["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            {
                texts.Add(text.GetValue<string>());
            }
            else if (type == "input_audio" && part["input_audio"] is JsonObject input
                && input["data"] is JsonValue data && data.GetValueKind() == JsonValueKind.String)
            {
                var format = input["format"] is JsonValue f && f.GetValueKind() == JsonValueKind.String ? f.GetValue<string>() : "mp3";
                audio.Add(new AudioPart(data.GetValue<string>(), format));
            }
        }

        return texts;
    }

    [GeneratedRegex("<prompt>(.*?)</prompt>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PromptTag();

    [GeneratedRegex("<lyrics>(.*?)</lyrics>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LyricsTag();
}
