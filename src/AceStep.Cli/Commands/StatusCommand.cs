using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands;

/// <summary><c>acestep status JOB_ID</c>: re-attach to a native job, wait for it, save its result and audio.</summary>
internal static class StatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var jobId = new Argument<string>("job_id") { Description = "The id printed when the job was submitted (see 'acestep jobs')" };
        var wait = new WaitOptions();
        var command = new Command("status", "Wait for a submitted job and download its result") { jobId };
        wait.AddTo(command, includeNoWait: false);
        runner.Bind(command, async (context, cancellation) =>
        {
            var id = context.Value(jobId)!.Trim();
            JobAttacher.CheckId(id);
            var input = new GenerationInput().WithWait(context.Parse, wait);
            var settings = context.Settings(TimeoutFlag(input));
            var known = context.Ledger().Find(id);
            using var client = ClientFactory.Create(settings, context.Environment);
            var run = JobAttacher.CreateRun(context, settings, known, input.Force, client);
            var report = await JobAttacher.AttachAsync(run, id, known, cancellation);
            if (context.Reporter.IsJson)
            {
                context.Reporter.Document(report, CliJson.Context.JobReport);
            }

            return 0;
        });
        return command;
    }

    public static Dictionary<ConfigKey, string> TimeoutFlag(GenerationInput input) => input.TimeoutSeconds is { } seconds
        ? new() { [ConfigKeys.Timeout] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : [];
}
