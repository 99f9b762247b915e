using System.Globalization;
using AceStep.Songwriting;

namespace AceStep.Cli.Rendering;

/// <summary>How lint findings read for people: the full report of <c>acestep lint</c>, and the short pre-flight of generate.</summary>
internal static class LintPrinter
{
    /// <summary>Every finding and the duration estimate on stdout (the command's result); the tally on stderr.</summary>
    public static void PrintReport(LintReport report, Reporter reporter)
    {
        foreach (var finding in report.Findings)
        {
            reporter.Result($"{Place(finding)}: {LintFinding.SeverityName(finding.Severity)} {finding.RuleId}: {finding.Message}");
            reporter.Result($"    fix: {finding.Fix}");
        }

        foreach (var line in Estimate(report.Estimate))
        {
            reporter.Result(line);
        }

        var tally = Tally(report);
        switch (report.Outcome)
        {
            case LintOutcome.Clean:
                reporter.Success($"Clean ({tally}).");
                break;
            case LintOutcome.Warnings:
                reporter.Status(reporter.Palette.Yellow($"Not clean: {tally}."));
                break;
            default:
                reporter.Status(reporter.Palette.Red($"Not clean: {tally}."));
                break;
        }
    }

    /// <summary>Errors and warnings as warnings (so that --json carries them too); information is left to <c>acestep lint</c>.</summary>
    public static void PrintPreflight(LintReport report, Reporter reporter)
    {
        foreach (var finding in report.Findings.Where(finding => finding.Severity != LintSeverity.Info))
        {
            reporter.Warning($"lint {Place(finding)}: {LintFinding.SeverityName(finding.Severity)} {finding.RuleId}: {finding.Message} Fix: {finding.Fix}");
        }

        if (report.Outcome != LintOutcome.Clean)
        {
            reporter.Status($"Songwriting lint: {Tally(report)}. See them all with 'acestep lint' and the same -c/-l flags; --strict stops on errors, --no-lint skips the check.");
        }
    }

    /// <summary>Two lines: the suggested length, then how it was reached.</summary>
    public static IEnumerable<string> Estimate(DurationEstimate estimate)
    {
        var tempo = estimate.BpmAssumed ? $"{estimate.Bpm} BPM assumed" : $"{estimate.Bpm} BPM";
        yield return string.Create(CultureInfo.InvariantCulture, $"duration estimate: {estimate.Seconds} s at {tempo} (generate --duration auto uses it)");
        yield return $"    basis: {estimate.Basis}";
    }

    private static string Place(LintFinding finding) => (finding.Line, finding.Column) switch
    {
        ({ } line, { } column) => $"{LintFinding.TargetName(finding.Target)}:{line}:{column}",
        (null, { } column) => $"{LintFinding.TargetName(finding.Target)}:{column}",
        _ => LintFinding.TargetName(finding.Target),
    };

    private static string Tally(LintReport report) =>
        $"{Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {report.Infos} info";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
