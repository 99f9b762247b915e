using System.CommandLine;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands.Status;

/// <summary><c>acestep status JOB_ID</c>: re-attach to a native job, wait for it, save its result and audio.</summary>
internal static class StatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var jobId = new Argument<string>("job_id") { Description = "The id printed when the job was submitted (see 'acestep jobs')" };
        var wait = new WaitFlags();
        var command = new Command("status", "Wait for a submitted job and download its result") { jobId };
        wait.AddTo(command, includeNoWait: false);
        runner.Bind(
            command,
            (parse, _) =>
            {
                var id = parse.GetValue(jobId)!.Trim();
                JobAttacher.CheckId(id);
                return new StatusOptions(id, wait.Read(parse));
            },
            RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(StatusOptions options, RunContext context, CancellationToken cancellation)
    {
        var known = context.Ledger.Find(options.JobId);
        var settings = JobAttacher.SettingsFor(context, context.Settings(options.Wait.Timeout), known);
        using var client = ClientFactory.Create(settings, context.Environment);
        var run = JobAttacher.CreateRun(context, settings, known, options.Wait.Force, client);
        var report = await JobAttacher.AttachAsync(run, options.JobId, known, cancellation);
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(report, CliJson.Context.JobReport);
        }

        return 0;
    }
}
