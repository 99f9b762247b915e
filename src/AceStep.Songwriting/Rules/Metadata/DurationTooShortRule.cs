using AceStep.Songwriting.Duration;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M5b: a duration below the estimate's minimum for the lyrics: the song comes out rushed and compressed, or cut.</summary>
internal sealed class DurationTooShortRule()
    : LintRule("M5b", LintSeverity.Warning, LintTarget.Duration, "The duration leaves room for the lyrics (at least the estimate's minimum)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var estimate = context.Estimate;
        if (context.Draft.DurationSeconds is { } seconds && seconds >= DurationModel.ServerMinimum && estimate.SungLines > 0 && seconds < estimate.Minimum)
        {
            yield return About(
                $"--duration {seconds:0.#} is too short for {estimate.SungLines} sung lines at {estimate.Bpm} BPM (they need at least {estimate.Minimum} s); the song would be rushed or cut.",
                $"Use --duration {estimate.Seconds} (or --duration auto), or shorten the lyrics.");
        }
    }
}
