namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M1b: a valid BPM outside 60–180; the model saw little training data there and is less stable.</summary>
internal sealed class BpmStabilityRule()
    : LintRule("M1b", LintSeverity.Info, LintTarget.Bpm, "BPM is within the stable 60–180")
{
    public const int StableLowest = 60;
    public const int StableHighest = 180;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.Bpm is { } bpm and >= BpmRangeRule.Lowest and <= BpmRangeRule.Highest and (< StableLowest or > StableHighest))
        {
            yield return About($"--bpm {bpm} is outside {StableLowest}–{StableHighest}, where the model is stable; extreme tempos may drift.", bpm < StableLowest ? $"Consider {bpm * 2} (the same feel in double time)." : $"Consider {bpm / 2} (the same feel in half time).");
        }
    }
}
