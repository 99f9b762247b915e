namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M1a: a BPM outside 30–300, which the server refuses.</summary>
internal sealed class BpmRangeRule()
    : LintRule("M1a", LintSeverity.Error, LintTarget.Bpm, "BPM is within 30–300")
{
    public const int Lowest = 30;
    public const int Highest = 300;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.Bpm is { } bpm and (< Lowest or > Highest))
        {
            yield return About($"--bpm {bpm} is outside {Lowest}–{Highest}; the server refuses it.", "Use a BPM between 60 and 180 (slow 60–80, mid 90–120, fast 130–180), or leave it out and let the model choose.");
        }
    }
}
