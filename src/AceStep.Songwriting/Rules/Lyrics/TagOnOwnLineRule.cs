namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L3a: a section tag that shares its line with lyrics or with another section, so the content runs across the boundary.</summary>
internal sealed class TagOnOwnLineRule()
    : LintRule("L3a", LintSeverity.Warning, LintTarget.Lyrics, "Section tags stand on their own lines")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.Items.GroupBy(item => item.Line))
        {
            var items = line.ToList();
            var sectionTags = items.Count(item => item.Tag is { StartsSection: true });
            if (sectionTags == 0 || items.Count == 1)
            {
                continue;
            }

            var intruder = items.FirstOrDefault(item => item.Text is not null) ?? items.Where(item => item.Tag is { StartsSection: true }).Skip(1).FirstOrDefault();
            if (intruder is not null)
            {
                var tag = items.First(item => item.Tag is { StartsSection: true }).Tag!;
                yield return At(
                    line.Key,
                    intruder.Column,
                    $"{tag.Display} shares its line with {(intruder.Text is { } text ? $"\"{Shorten(text)}\"" : intruder.Tag!.Display)}; the section boundary gets blurred.",
                    "Put each section tag on a line of its own, with the section's lyrics on the lines below it.");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
