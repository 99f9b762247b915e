using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Parsing;

/// <summary>Sung text: a lyric line, or the text part of a line that also holds a tag. Line and column are 1-based.</summary>
internal sealed partial record LyricLine(int Line, int Column, string Text)
{
    /// <summary>The lead vocal's words: parenthesised backing vocals removed.</summary>
    public string LeadText { get; } = Parenthesised().Replace(Text, " ").Trim();

    /// <summary>True when the whole line is a backing vocal in parentheses, e.g. <c>(ooh, ooh)</c>.</summary>
    public bool IsBacking => LeadText.Length == 0;

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();
}
