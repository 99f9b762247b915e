using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L7b: repeat shorthand (<c>[Chorus x2]</c>, "(repeat chorus)", "Hold on (x3)"): the model does not expand it, so write the repeat out.</summary>
internal sealed partial class RepeatShorthandRule()
    : LintRule("L7b", LintSeverity.Warning, LintTarget.Lyrics, "Repeats are written out, not abbreviated (x2, repeat chorus)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var tag in context.Lyrics.Tags)
        {
            if (TagShorthand().Match(tag.Inner) is { Success: true } match)
            {
                yield return At(tag.Line, tag.Column, $"{tag.Display} asks for a repeat (\"{match.Value.Trim()}\"); the model sings each section once, as written.", $"Write the section out as many times as it should be sung, each under its own [{tag.Head}] tag.");
            }
        }

        foreach (var line in context.Lyrics.SungLines)
        {
            if (LineShorthand().Match(line.Text) is { Success: true } match)
            {
                yield return At(line.Line, line.Column + match.Index, $"\"{match.Value.Trim()}\" is repeat shorthand; the model would sing it as words and not repeat anything.", "Write the repeated lines out in full.");
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[x×]\s?\d+|\d+\s?[x×]|repeats?|repeated)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagShorthand();

    // In a lyric line "repeat" is an ordinary word; only "x2", "repeat chorus", "chorus repeats" or a line that is just "(repeat)" are shorthand.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[x×]\s?\d+|\d+\s?[x×])(?![\p{L}\p{N}])|\brepeat\s+(?:the\s+)?(?:chorus|verse|hook|bridge|pre-chorus)\b|\b(?:chorus|verse|hook|bridge)\s+repeats?\b|^\W*repeat\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineShorthand();
}
