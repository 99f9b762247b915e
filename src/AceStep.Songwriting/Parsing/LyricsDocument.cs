using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Parsing;

/// <summary>The lyrics read into lines, tags, sung text and sections, with 1-based positions for findings.</summary>
internal sealed partial class LyricsDocument
{
    private LyricsDocument(string text)
    {
        Text = text;
        SourceLines = text.Length == 0 ? [] : text.ReplaceLineEndings("\n").Split('\n');
    }

    public string Text { get; }

    public IReadOnlyList<string> SourceLines { get; }

    public List<LineItem> Items { get; } = [];

    public List<SectionTag> Tags { get; } = [];

    public List<MalformedTag> MalformedTags { get; } = [];

    public List<LyricsSection> Sections { get; } = [];

    public IEnumerable<LyricLine> SungLines => Sections.SelectMany(section => section.Lines);

    public bool HasSungLines => SungLines.Any();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    public static LyricsDocument Parse(string? lyrics)
    {
        var document = new LyricsDocument(lyrics ?? "");
        for (var index = 0; index < document.SourceLines.Count; index++)
        {
            document.ReadLine(index + 1, document.SourceLines[index]);
        }

        document.BuildSections();
        return document;
    }

    public bool IsBlank(int lineNumber) =>
        lineNumber >= 1 && lineNumber <= SourceLines.Count && string.IsNullOrWhiteSpace(SourceLines[lineNumber - 1]);

    private void ReadLine(int lineNumber, string line)
    {
        var position = 0;
        while (position < line.Length)
        {
            position = line[position] switch
            {
                '[' => ReadTag(lineNumber, line, position),
                ']' => Malformed(lineNumber, position, "]", "a closing bracket without an opening one", position + 1),
                _ => ReadText(lineNumber, line, position),
            };
        }
    }

    private int ReadTag(int lineNumber, string line, int open)
    {
        var close = line.IndexOf(']', open + 1);
        var nextOpen = line.IndexOf('[', open + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
        {
            var end = nextOpen >= 0 ? nextOpen : line.Length;
            return Malformed(lineNumber, open, line[open..end].TrimEnd(), "an opening bracket that is never closed", end);
        }

        var inner = line[(open + 1)..close].Trim();
        if (inner.Length == 0)
        {
            return Malformed(lineNumber, open, line[open..(close + 1)], "an empty tag", close + 1);
        }

        var parts = ModifierSeparator().Split(inner).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        var tag = new SectionTag(lineNumber, open + 1, inner, parts.Count > 0 ? parts[0] : inner, parts.Skip(1).ToList());
        Tags.Add(tag);
        Items.Add(new LineItem(lineNumber, open + 1, tag, null));
        return close + 1;
    }

    private int ReadText(int lineNumber, string line, int start)
    {
        var end = line.IndexOfAny(['[', ']'], start);
        end = end < 0 ? line.Length : end;
        var run = line[start..end];
        var trimmed = run.Trim();
        if (trimmed.Length > 0)
        {
            var column = start + run.IndexOf(trimmed[0], StringComparison.Ordinal) + 1;
            Items.Add(new LineItem(lineNumber, column, null, trimmed));
        }

        return end;
    }

    private int Malformed(int lineNumber, int position, string text, string problem, int next)
    {
        MalformedTags.Add(new MalformedTag(lineNumber, position + 1, text, problem));
        return next;
    }

    private void BuildSections()
    {
        LyricsSection? current = null;
        foreach (var item in Items)
        {
            if (item.Tag is { StartsSection: true } opener)
            {
                current = new LyricsSection(opener, item.Line);
                Sections.Add(current);
                continue;
            }

            if (current is null)
            {
                current = new LyricsSection(null, item.Line);
                Sections.Add(current);
            }

            if (item.Tag is { } cue)
            {
                current.Cues.Add(cue);
            }
            else
            {
                current.Lines.Add(new LyricLine(item.Line, item.Column, item.Text!));
            }
        }

        Sections.RemoveAll(section => section.Tag is null && section.Lines.Count == 0);
    }

    // " - " separates modifiers; a hyphen inside a word ("Pre-Chorus") does not.
    [GeneratedRegex(@"\s+[-\u2013\u2014]\s*|\s*[-\u2013\u2014]\s+")]
    private static partial Regex ModifierSeparator();
}
