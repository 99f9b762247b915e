namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L8c: no lyrics and no instrumental flag: the result is an instrumental (or lyrics the model makes up), which may not be what was meant.</summary>
internal sealed class EmptyLyricsRule()
    : LintRule("L8c", LintSeverity.Info, LintTarget.Lyrics, "Empty lyrics are meant: say [Instrumental] or write the lyrics")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Lyrics.IsEmpty && !context.Draft.Instrumental)
        {
            yield return About(
                "There are no lyrics: the song will be instrumental, or the language model will write words of its own.",
                "For vocals, write the complete lyrics yourself; for an instrumental, say so with [Instrumental] (or the instrumental flag).");
        }
    }
}
