using System.Text;

namespace AceStep.Lyrics.Sheets;

/// <summary>
/// Lyrics as a songwriter writes them for ACE-Step: sections started by structural tags (<c>[Verse]</c>,
/// <c>[Chorus]</c>, <c>[Guitar Solo]</c>) or separated by blank lines, with the sung lines in each. Every bracketed tag
/// is removed from the sung text (modifiers such as <c>[whispered]</c> too, and LRC time tags, so an LRC file can serve
/// as lyrics), and so are lines that only mark an instrumental passage, such as <c>(Instrumental)</c>.
/// </summary>
public sealed record LyricsSheet(IReadOnlyList<LyricsSection> Sections)
{
    public IReadOnlyList<string> SungLines => [.. Sections.SelectMany(section => section.Lines)];

    public static LyricsSheet Parse(string lyrics)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        var sections = new List<LyricsSection>();
        var current = new SectionDraft(null, SectionKind.Vocal);
        var afterBlank = false;
        foreach (var rawLine in lyrics.ReplaceLineEndings("\n").Split('\n'))
        {
            var (leadingTag, text) = Split(rawLine);
            if (leadingTag is null && text.Length == 0)
            {
                afterBlank |= rawLine.Trim().Length == 0 && current.ClosesAtBlankLine;
                continue;
            }

            if (leadingTag is { } tag && SectionTags.Classify(tag) is { } kind)
            {
                current.AddTo(sections);
                current = new SectionDraft(tag, kind);
                afterBlank = false;
            }
            else if (afterBlank && text.Length > 0)
            {
                current.AddTo(sections);
                current = new SectionDraft(null, SectionKind.Vocal);
                afterBlank = false;
            }

            if (text.Length > 0 && !IsInstrumentalMarker(text))
            {
                current.Lines.Add(text);
            }
        }

        current.AddTo(sections);
        return new LyricsSheet(sections);
    }

    // "[Verse 1] Neon rivers [whispered] in the night" → ("Verse 1", "Neon rivers in the night").
    private static (string? LeadingTag, string Text) Split(string line)
    {
        var text = new StringBuilder();
        string? leadingTag = null;
        var position = 0;
        while (position < line.Length)
        {
            var open = line.IndexOf('[', position);
            var close = open < 0 ? -1 : line.IndexOf(']', open + 1);
            if (open < 0 || close < 0)
            {
                text.Append(line, position, line.Length - position);
                break;
            }

            text.Append(line, position, open - position);
            if (leadingTag is null && text.ToString().Trim().Length == 0)
            {
                leadingTag = line[(open + 1)..close].Trim();
            }

            text.Append(' ');
            position = close + 1;
        }

        return (leadingTag, string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private static bool IsInstrumentalMarker(string text) =>
        text.Length > 2 && text[0] == '(' && text[^1] == ')' && SectionTags.Classify(text[1..^1]) is SectionKind.Instrumental;

    private sealed class SectionDraft(string? tag, SectionKind kind)
    {
        public List<string> Lines { get; } = [];

        // A blank line right under a vocal tag ("[Verse]", blank, lines) does not end the verse before it began.
        public bool ClosesAtBlankLine => Lines.Count > 0 || (tag is not null && kind is not SectionKind.Vocal);

        public void AddTo(List<LyricsSection> sections)
        {
            if (tag is not null || Lines.Count > 0)
            {
                sections.Add(new LyricsSection(tag, kind, [.. Lines]));
            }
        }
    }
}
