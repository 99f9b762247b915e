namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L6: the model reads at most 4096 characters of lyrics; anything after is not sung.</summary>
internal sealed class LyricsLengthRule()
    : LintRule("L6", LintSeverity.Error, LintTarget.Lyrics, "The lyrics are at most 4096 characters")
{
    public const int MaximumCharacters = 4096;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var text = context.Lyrics.Text;
        var length = text.EnumerateRunes().Count();
        if (length > MaximumCharacters)
        {
            var (line, column) = PositionOf(context, MaximumCharacters);
            yield return At(
                line,
                column,
                $"The lyrics are {length} characters; the model reads only the first {MaximumCharacters}, so everything from here on is not sung.",
                $"Cut {length - MaximumCharacters} characters (fewer repeated choruses, shorter verses), or make two songs.");
        }
    }

    // The line and column of the first character past the limit.
    private static (int Line, int Column) PositionOf(LintContext context, int runeIndex)
    {
        var seen = 0;
        var lines = context.Lyrics.SourceLines;
        for (var index = 0; index < lines.Count; index++)
        {
            var runes = lines[index].EnumerateRunes().Count() + 1;
            if (seen + runes > runeIndex)
            {
                return (index + 1, runeIndex - seen + 1);
            }

            seen += runes;
        }

        return (lines.Count, 1);
    }
}
