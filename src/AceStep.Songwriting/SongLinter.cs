using AceStep.Songwriting.Rules;

namespace AceStep.Songwriting;

/// <summary>
/// Checks a song draft against the songwriting rules (caption C1–C5, lyrics L1–L8, metadata M1–M5; see
/// docs/lint.md) and estimates its duration. Pure and thread-safe: no I/O, no clock.
/// </summary>
public static class SongLinter
{
    /// <summary>The rules, with their ids and severities, in report order.</summary>
    public static IReadOnlyList<LintRuleInfo> Rules { get; } = RuleCatalog.All.Select(rule => rule.Info).ToList();

    public static LintReport Lint(SongDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var context = new LintContext(draft);
        var findings = RuleCatalog.All
            .SelectMany(rule => rule.Check(context))
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Target == LintTarget.Lyrics ? 1 : 0)
            .ThenBy(finding => finding.Line ?? 0)
            .ThenBy(finding => finding.Column ?? 0)
            .ToList();
        return new LintReport(findings, context.Estimate);
    }

    /// <summary>The duration estimate alone (what <c>--duration auto</c> uses): from the lyrics' sections and the BPM.</summary>
    public static DurationEstimate EstimateDuration(SongDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new LintContext(draft).Estimate;
    }
}
