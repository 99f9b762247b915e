using System.Globalization;
using System.Text;

namespace AceStep.Client.Tests.Soak;

/// <summary>The soak run's figures as printed to the test output: jobs, faults hit by kind, outcomes, duplicates.</summary>
internal static class SoakFigures
{
    public static string Describe(
        IReadOnlyList<SoakJobReport> reports,
        IReadOnlyDictionary<SoakFaultKind, int> faultHits,
        IReadOnlyDictionary<string, int> observed,
        int duplicated,
        TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"soak: {reports.Count} jobs in {elapsed.TotalSeconds:F1} s");
        text.AppendLine("faults injected (requests answered by the fault; queue full: submissions refused; other windows and the restart: times applied):");
        foreach (var kind in Enum.GetValues<SoakFaultKind>())
        {
            text.AppendLine(invariant, $"  {kind,-24} {faultHits.GetValueOrDefault(kind)}");
        }

        text.AppendLine("seen by the client:");
        foreach (var (what, count) in observed)
        {
            text.AppendLine(invariant, $"  {what,-24} {count}");
        }

        text.AppendLine("outcomes:");
        foreach (var outcome in Enum.GetValues<SoakOutcome>())
        {
            text.AppendLine(invariant, $"  {outcome,-24} {reports.Count(r => r.Outcome == outcome)}");
        }

        text.AppendLine(invariant, $"  {"files",-24} {reports.Sum(r => r.Files.Count)}");
        text.AppendLine(invariant, $"  {"duplicated",-24} {duplicated}");
        foreach (var report in reports.Where(r => r.Outcome != SoakOutcome.Completed).OrderBy(r => r.Job.Number))
        {
            text.AppendLine(invariant, $"  job {report.Job.Number:D3} {report.Outcome}: {report.Reason}");
        }

        return text.ToString();
    }
}
