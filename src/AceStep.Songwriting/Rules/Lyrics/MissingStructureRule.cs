namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L3c: lyrics with sung lines but no section tag at all; without structure the model guesses where verse and chorus are.</summary>
internal sealed class MissingStructureRule()
    : LintRule("L3c", LintSeverity.Warning, LintTarget.Lyrics, "Sung lyrics are structured with section tags")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var lyrics = context.Lyrics;
        if (lyrics.HasSungLines && !lyrics.Tags.Any(tag => tag.StartsSection))
        {
            var first = lyrics.SungLines.First();
            yield return At(
                first.Line,
                first.Column,
                "The lyrics have no section tags; the model has to guess the verses, choruses and bridge.",
                "Mark the sections: [Verse 1], [Chorus], [Verse 2], [Bridge]…, each on its own line with a blank line before it.");
        }
    }
}
