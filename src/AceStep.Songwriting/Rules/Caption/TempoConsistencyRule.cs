using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C5d: tempo and meter words in the caption against the BPM and time signature ("slow ballad" at 160 BPM, a waltz in 4/4).</summary>
internal sealed class TempoConsistencyRule()
    : LintRule("C5d", LintSeverity.Warning, LintTarget.Caption, "Tempo and meter words in the caption match --bpm and --time-signature")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.Bpm is { } bpm)
        {
            foreach (var finding in TempoFindings(context, bpm))
            {
                yield return finding;
            }
        }

        if (context.Draft.TimeSignature is { } meter && !IsTriple(meter) && context.Caption.First(TempoVocabulary.TripleMeter) is { } waltz)
        {
            yield return InCaption(
                waltz.Column,
                $"The caption says \"{waltz.Term}\" (three beats to the bar) but the time signature is {meter.Trim()}.",
                "Pass --time-signature 3/4, or drop the word from the caption.");
        }
    }

    private IEnumerable<LintFinding> TempoFindings(LintContext context, int bpm)
    {
        if (bpm >= TempoVocabulary.FastFrom && context.Caption.First(TempoVocabulary.Slow) is { } slow)
        {
            yield return InCaption(slow.Column, $"The caption says \"{slow.Term}\" but --bpm is {bpm} (slow songs sit at 60–80 BPM); the model gets two tempos.", $"Lower --bpm to 60–80, or drop \"{slow.Term}\" from the caption.");
        }

        if (bpm <= TempoVocabulary.SlowUpTo && context.Caption.First(TempoVocabulary.Fast) is { } fast)
        {
            yield return InCaption(fast.Column, $"The caption says \"{fast.Term}\" but --bpm is {bpm} (fast songs sit at 130–180 BPM).", $"Raise --bpm to 130–180, or drop \"{fast.Term}\" from the caption.");
        }

        if (bpm is < TempoVocabulary.MidLowest or > TempoVocabulary.MidHighest && context.Caption.First(TempoVocabulary.Mid) is { } mid)
        {
            yield return InCaption(mid.Column, $"The caption says \"{mid.Term}\" but --bpm is {bpm} (mid-tempo is 90–120 BPM).", $"Set --bpm between 90 and 120, or drop \"{mid.Term}\" from the caption.");
        }
    }

    private static bool IsTriple(string meter) => meter.Trim() is "3/4" or "3" or "6/8" or "6" or "3/8" or "9/8";
}
