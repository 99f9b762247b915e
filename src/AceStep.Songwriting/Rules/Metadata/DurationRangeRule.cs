using AceStep.Songwriting.Duration;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M5a: a duration outside 10–600 seconds, which the server refuses (a GPU tier may cap it lower).</summary>
internal sealed class DurationRangeRule()
    : LintRule("M5a", LintSeverity.Error, LintTarget.Duration, "The duration is within 10–600 seconds")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.DurationSeconds is { } seconds && (!double.IsFinite(seconds) || seconds is < DurationModel.ServerMinimum or > DurationModel.ServerMaximum))
        {
            yield return About(
                $"--duration {seconds:0.#} is outside {DurationModel.ServerMinimum}–{DurationModel.ServerMaximum} seconds.",
                $"Use --duration {context.Estimate.Seconds} (the estimate for these lyrics) or --duration auto.");
        }
    }
}
