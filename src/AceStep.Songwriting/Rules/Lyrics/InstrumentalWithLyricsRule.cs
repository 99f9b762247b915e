namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L8a: the song is marked instrumental but the lyrics have lines to sing.</summary>
internal sealed class InstrumentalWithLyricsRule()
    : LintRule("L8a", LintSeverity.Error, LintTarget.Lyrics, "An instrumental has no sung lines (only [Instrumental], [inst] or instrumental tags)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.Instrumental && context.Lyrics.SungLines.FirstOrDefault() is { } first)
        {
            yield return At(
                first.Line,
                first.Column,
                "The song is marked instrumental but the lyrics have lines to sing.",
                "For an instrumental, pass [Instrumental] (or [inst], or instrumental tags only) as the lyrics; to keep the words, drop the instrumental flag.");
        }
    }
}
