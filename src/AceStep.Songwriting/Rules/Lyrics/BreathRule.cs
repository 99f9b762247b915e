namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L5b: a line of more than 14 syllables: too long to sing in one breath, so the model rushes or cuts it.</summary>
internal sealed class BreathRule()
    : LintRule("L5b", LintSeverity.Warning, LintTarget.Lyrics, "Every line can be sung in one breath (at most 14 syllables)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.SungLines)
        {
            if (SyllableGuidance.Count(context, line) is > SyllableGuidance.MostInOneBreath and var count)
            {
                yield return At(
                    line.Line,
                    line.Column,
                    $"This line has {count} syllables; it cannot be sung in one breath, so the model rushes or cuts it.",
                    $"Split it into two lines of {SyllableGuidance.Fewest}–{SyllableGuidance.Most} syllables.");
            }
        }
    }
}
