namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L1c: brackets that do not form a tag (unclosed, stray, empty, or without a name); the model would sing them.</summary>
internal sealed class MalformedTagRule()
    : LintRule("L1c", LintSeverity.Warning, LintTarget.Lyrics, "Tags are well formed: [Name], closed, not empty")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var malformed in context.Lyrics.MalformedTags)
        {
            yield return At(malformed.Line, malformed.Column, $"\"{malformed.Text}\" is {malformed.Problem}.", "Write the tag as [Name] on its own line, e.g. [Chorus], or remove the bracket.");
        }

        foreach (var tag in context.Lyrics.Tags.Where(tag => !tag.HasLetters && !PlaceholderRule.IsEllipsis(tag.Inner)))
        {
            yield return At(tag.Line, tag.Column, $"{tag.Display} has no section name.", "Name the section, e.g. [Verse 2], or remove the tag.");
        }
    }
}
