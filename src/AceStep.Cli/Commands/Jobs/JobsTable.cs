using System.Globalization;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands.Jobs;

/// <summary>The ledger as <c>acestep jobs</c> lists it: a table, newest first, or the JSON document.</summary>
internal static class JobsTable
{
    public static void Print(Reporter reporter, JobLedger ledger, int limit)
    {
        var all = ledger.List();
        var entries = limit == 0 ? all : [.. all.Take(limit)];
        if (reporter.IsJson)
        {
            reporter.Document(new JobsReport(ledger.Location, entries), CliJson.Context.JobsReport);
            return;
        }

        if (entries.Count == 0)
        {
            reporter.Status($"No jobs recorded yet ({ledger.Location}).");
            return;
        }

        var idWidth = Math.Max(6, entries.Max(e => e.JobId.Length));
        reporter.Result($"{"JOB ID".PadRight(idWidth)}  {"STATE",-11}  {"MODE",-10}  {"SUBMITTED (UTC)",-19}  FILES  SERVER");
        foreach (var entry in entries)
        {
            var submitted = entry.Submitted.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            reporter.Result($"{entry.JobId.PadRight(idWidth)}  {entry.State,-11}  {entry.Mode,-10}  {submitted,-19}  {entry.Files.Count,5}  {entry.Server}");
        }

        if (entries.Count < all.Count)
        {
            reporter.Status($"Showing the newest {entries.Count} of {all.Count} jobs; --limit 0 lists them all.");
        }

        if (all.Any(e => LedgerState.IsUnfinished(e.State) && e.Mode == "native"))
        {
            reporter.Status("Resume unfinished jobs with: acestep jobs --resume");
        }
    }
}
