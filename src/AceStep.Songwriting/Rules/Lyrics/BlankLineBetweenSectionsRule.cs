namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L3b: a section tag without a blank line before it; blank lines keep the sections apart.</summary>
internal sealed class BlankLineBetweenSectionsRule()
    : LintRule("L3b", LintSeverity.Warning, LintTarget.Lyrics, "A blank line before every section tag")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var lyrics = context.Lyrics;
        var firstContentLine = lyrics.Items.Count > 0 ? lyrics.Items[0].Line : 0;
        foreach (var line in lyrics.Items.GroupBy(item => item.Line))
        {
            var opener = line.First();
            if (opener.Tag is { StartsSection: true } tag && line.Key > firstContentLine && !lyrics.IsBlank(line.Key - 1))
            {
                yield return At(
                    line.Key,
                    opener.Column,
                    $"{tag.Display} follows line {line.Key - 1} without a blank line; the previous section runs into it.",
                    $"Insert an empty line before {tag.Display}.");
            }
        }
    }
}
