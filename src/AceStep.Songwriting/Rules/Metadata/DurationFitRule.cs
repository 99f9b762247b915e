using AceStep.Songwriting.Duration;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>
/// M5c: a duration far beyond what the lyrics fill (more than a minute over the estimate's maximum: the model repeats
/// itself), or an instrumental outside the 30–180 s where instrumentals work best.
/// </summary>
internal sealed class DurationFitRule()
    : LintRule("M5c", LintSeverity.Info, LintTarget.Duration, "The duration fits the material (no long empty stretch; instrumentals 30–180 s)")
{
    public const int SlackSeconds = 60;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.DurationSeconds is not { } seconds || seconds is < DurationModel.ServerMinimum or > DurationModel.ServerMaximum)
        {
            yield break;
        }

        var estimate = context.Estimate;
        if (estimate.SungLines == 0 && context.IsInstrumental && seconds is < DurationModel.InstrumentalPieceMinimum or > DurationModel.InstrumentalPieceMaximum)
        {
            yield return About($"An instrumental of {seconds:0.#} s: instrumentals work best at {DurationModel.InstrumentalPieceMinimum}–{DurationModel.InstrumentalPieceMaximum} s.", $"Use --duration {estimate.Seconds}, or plan more sections ([Intro], [Build], [Drop], [Breakdown], [Outro]).");
        }
        else if (estimate.SungLines > 0 && seconds > estimate.Maximum + SlackSeconds)
        {
            yield return About($"--duration {seconds:0.#} is far longer than these lyrics fill (about {estimate.Seconds} s); the model fills the rest by repeating itself.", $"Use --duration {estimate.Seconds} (or --duration auto), or add sections.");
        }
    }
}
