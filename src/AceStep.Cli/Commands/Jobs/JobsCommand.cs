using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;

namespace AceStep.Cli.Commands.Jobs;

/// <summary><c>acestep jobs [--limit N] [--resume]</c>: list the job ledger, newest first; re-attach every unfinished native job.</summary>
internal static class JobsCommand
{
    private const int DefaultLimit = 20;

    public static Command Create(CommandRunner runner)
    {
        var resume = new Option<bool>("--resume") { Description = "Wait for and download every unfinished native job" };
        var limit = new Option<int>("--limit")
        {
            Description = "List at most this many jobs, newest first (0 = all)",
            DefaultValueFactory = _ => DefaultLimit,
        };
        var wait = new WaitFlags();
        var command = new Command("jobs", "List submitted jobs (the job ledger)") { resume, limit };
        wait.AddTo(command, includeNoWait: false);
        runner.Bind(
            command,
            (parse, _) =>
            {
                // --limit only shapes the list, --timeout and --force only the resumed jobs: each is read where it applies.
                if (parse.GetValue(resume))
                {
                    return new JobsOptions(Resume: true, Limit: 0, wait.Read(parse));
                }

                var shown = parse.GetValue(limit);
                return shown < 0
                    ? throw CliException.Usage("--limit must be 0 (all) or more.")
                    : new JobsOptions(Resume: false, shown, new WaitOptions(NoWait: false, Timeout: null, Force: false));
            },
            RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(JobsOptions options, RunContext context, CancellationToken cancellation)
    {
        if (!options.Resume)
        {
            JobsTable.Print(context.Reporter, context.Ledger, options.Limit);
            return 0;
        }

        var settings = context.Settings(options.Wait.Timeout);
        var unfinished = context.Ledger.List()
            .Where(e => LedgerState.IsUnfinished(e.State) && e.Mode == "native")
            .OrderBy(e => e.Submitted)
            .ToList();

        // Each job is asked at the server it was submitted to; --api-url narrows the resume to that server's jobs.
        var pending = JobAttacher.ApiUrlIsAFlag(context)
            ? unfinished.Where(e => string.Equals(e.Server, settings.ServerDisplay, StringComparison.OrdinalIgnoreCase)).ToList()
            : unfinished;
        if (pending.Count == 0)
        {
            context.Reporter.Status("No unfinished jobs to resume.");
        }

        if (pending.Count < unfinished.Count)
        {
            context.Reporter.Status(
                $"{unfinished.Count - pending.Count} unfinished job(s) of other servers left as they are; " +
                "resume every job at its own server with: acestep jobs --resume");
        }

        var (reports, exit) = await ResumeAsync(pending, settings, options.Wait.Force, context, cancellation);
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(new JobsReport(context.Ledger.Location, context.Ledger.List()) { Resumed = reports }, CliJson.Context.JobsReport);
        }

        return exit;
    }

    /// <summary>Re-attaches to each job in turn; one job's failure is reported and counted, and the others still run.</summary>
    private static async Task<(List<JobReport> Reports, int Exit)> ResumeAsync(
        IReadOnlyList<LedgerEntry> pending, CliSettings settings, bool force, RunContext context, CancellationToken cancellation)
    {
        var reports = new List<JobReport>();
        var exit = 0;
        using var clients = new ClientsByServer(context.Environment);
        foreach (var entry in pending)
        {
            try
            {
                var asked = JobAttacher.SettingsFor(context, settings, entry);
                var run = JobAttacher.CreateRun(context, asked, entry, force, clients.For(asked));
                reports.Add(await JobAttacher.AttachAsync(run, entry.JobId, entry, cancellation));
            }
            catch (CliException ex) when (ex.ExitCode != ExitCode.Interrupted)
            {
                context.Reporter.Warning($"{entry.JobId}: {ex.Message}");
                reports.Add(new JobReport
                {
                    JobId = entry.JobId,
                    State = context.Ledger.Find(entry.JobId)?.State ?? entry.State,
                    Mode = entry.Mode,
                    Server = entry.Server,
                    OutputDir = entry.OutputDir,
                });
                exit = exit == 0 ? (int)ex.ExitCode : exit;
            }
        }

        return (reports, exit);
    }
}
