using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;

namespace AceStep.Cli.Commands;

/// <summary><c>acestep jobs [--limit N] [--resume]</c>: list the job ledger, newest first; re-attach every unfinished native job.</summary>
internal static class JobsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var resume = new Option<bool>("--resume") { Description = "Wait for and download every unfinished native job" };
        var limit = new Option<int>("--limit")
        {
            Description = "List at most this many jobs, newest first (0 = all)",
            DefaultValueFactory = _ => DefaultLimit,
        };
        var wait = new WaitOptions();
        var command = new Command("jobs", "List submitted jobs (the job ledger)") { resume, limit };
        wait.AddTo(command, includeNoWait: false);
        runner.Bind(command, async (context, cancellation) =>
        {
            var ledger = context.Ledger();
            var entries = ledger.List();
            if (!context.Value(resume))
            {
                var shown = context.Value(limit);
                if (shown < 0)
                {
                    throw CliException.Usage("--limit must be 0 (all) or more.");
                }

                Print(context, ledger, entries, shown);
                return 0;
            }

            var pending = entries.Where(e => LedgerState.IsUnfinished(e.State) && e.Mode == "native").OrderBy(e => e.Submitted).ToList();
            var input = new GenerationInput().WithWait(context.Parse, wait);
            var settings = context.Settings(StatusCommand.TimeoutFlag(input));
            var reports = new List<JobReport>();
            var exit = 0;
            if (pending.Count == 0)
            {
                context.Reporter.Status("No unfinished jobs to resume.");
            }

            using var client = ClientFactory.Create(settings, context.Environment);
            foreach (var entry in pending)
            {
                try
                {
                    var run = JobAttacher.CreateRun(context, settings, entry, input.Force, client);
                    reports.Add(await JobAttacher.AttachAsync(run, entry.JobId, entry, cancellation));
                }
                catch (CliException ex) when (ex.ExitCode != ExitCode.Interrupted)
                {
                    // One job's failure must not stop the others; it is reported and counted.
                    context.Reporter.Warning($"{entry.JobId}: {ex.Message}");
                    reports.Add(new JobReport
                    {
                        JobId = entry.JobId,
                        State = ledger.Find(entry.JobId)?.State ?? entry.State,
                        Mode = entry.Mode,
                        Server = entry.Server,
                        OutputDir = entry.OutputDir,
                    });
                    exit = exit == 0 ? (int)ex.ExitCode : exit;
                }
            }

            if (context.Reporter.IsJson)
            {
                context.Reporter.Document(new JobsReport(ledger.Folder, ledger.List()) { Resumed = reports }, CliJson.Context.JobsReport);
            }

            return exit;
        });
        return command;
    }

    private const int DefaultLimit = 20;

    private static void Print(CommandContext context, JobLedger ledger, IReadOnlyList<LedgerEntry> all, int limit)
    {
        var reporter = context.Reporter;
        var entries = limit == 0 ? all : [.. all.Take(limit)];
        if (reporter.IsJson)
        {
            reporter.Document(new JobsReport(ledger.Folder, entries), CliJson.Context.JobsReport);
            return;
        }

        if (entries.Count == 0)
        {
            reporter.Status($"No jobs recorded yet ({ledger.Folder}).");
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
