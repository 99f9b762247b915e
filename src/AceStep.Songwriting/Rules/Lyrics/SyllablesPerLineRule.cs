namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L2a: a line outside 6–10 syllables (Chinese, Japanese and Korean characters count one each); the model aligns syllables to beats.</summary>
internal sealed class SyllablesPerLineRule()
    : LintRule("L2a", LintSeverity.Info, LintTarget.Lyrics, "6–10 syllables per line")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.SungLines)
        {
            if (SyllableGuidance.Count(context, line) is { } count
                && count is (< SyllableGuidance.Fewest or > SyllableGuidance.Most) and <= SyllableGuidance.MostInOneBreath)
            {
                var direction = count < SyllableGuidance.Fewest ? "short" : "long";
                yield return At(
                    line.Line,
                    line.Column,
                    $"This line has {count} syllables; {SyllableGuidance.Fewest}–{SyllableGuidance.Most} sit best on the beat, and a {direction} line can sound {(count < SyllableGuidance.Fewest ? "stretched" : "rushed")}.",
                    count < SyllableGuidance.Fewest ? "Add a word or two, or join it with the next line." : "Trim a few words, or split it into two lines.");
            }
        }
    }
}
