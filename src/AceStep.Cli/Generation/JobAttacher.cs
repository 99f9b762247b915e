using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// Re-attaches to a native job by id (status, jobs --resume): waits for it, downloads the audio once, writes the
/// result file and updates the ledger. Always the native protocol: only it can look a job up later.
/// </summary>
internal static class JobAttacher
{
    public static void CheckId(string jobId)
    {
        if (jobId.StartsWith("chatcmpl-", StringComparison.Ordinal) || jobId.StartsWith("completion-", StringComparison.Ordinal))
        {
            throw CliException.Usage(
                $"'{jobId}' is a completion-mode id: the chat protocol delivers its result in the same answer and cannot look it up later.",
                "Its files, if any, were saved when it finished (see 'acestep jobs'). For jobs you can resume, use --mode native.");
        }

        if (!JobIdSanitizer.IsSafe(jobId))
        {
            throw CliException.Usage($"'{JobIdSanitizer.ToFileStem(jobId)}' is not a valid job id.", "Job ids look like 7c9e6679-7425-40de-944b-e07fc1f90ae7; list yours with 'acestep jobs'.");
        }
    }

    /// <summary>
    /// The settings to ask about a job with: the server the ledger recorded for it, unless --api-url on this command
    /// line names another. A job belongs to the server it was submitted to; the configured server may be another's.
    /// </summary>
    public static CliSettings SettingsFor(RunContext context, CliSettings settings, LedgerEntry? entry) =>
        entry is null || ApiUrlIsAFlag(context) || RecordedServer(entry) is not { } server
            ? settings
            : settings with { ApiUrl = server };

    /// <summary>Whether this command line names the server (--api-url), which then wins over a job's recorded one.</summary>
    public static bool ApiUrlIsAFlag(RunContext context) =>
        context.Resolver().Resolve(ConfigKeys.ApiUrl).Source == SettingSource.Flag;

    /// <summary>A known job goes back to the folder it was submitted from, unless an output folder is configured now.</summary>
    public static JobRun CreateRun(RunContext context, CliSettings settings, LedgerEntry? entry, bool force, AceStepClient client)
    {
        var folderSetting = context.Resolver().Resolve(ConfigKeys.OutputDir);
        var folder = entry is not null && folderSetting.Source == SettingSource.Default
            ? OutputFolder.Resolve(entry.OutputDir, context.Environment.CurrentDirectory)
            : context.OutputFolder(settings);
        return new JobRun(client, settings, folder, context.Ledger, context.Reporter, context.Environment, force)
        {
            InLedger = entry is not null,
            Tags = TagOptions.Resolve(TagFlagValues.None, context.Resolver()),
        };
    }

    public static async Task<JobReport> AttachAsync(JobRun run, string jobId, LedgerEntry? known, CancellationToken cancellation)
    {
        if (known is not null && !run.AsksTheServerOf(known))
        {
            run.Reporter.Warning($"Job {jobId} was submitted to {known.Server}; asking {run.Settings.ServerDisplay} as --api-url says (without --api-url it is asked at {known.Server}).");
        }

        run.Folder.EnsureWritable();
        var entry = known ?? run.NewEntry(jobId, "native", RequestSummary.Unknown);
        run.Reporter.Status($"Job {jobId} · {run.Settings.ServerDisplay} · output {run.Folder.FullPath}");
        var operation = GenerationOperation.Rehydrate(run.Client, jobId);
        return await NativeJobs.FinishAsync(run, operation, entry, run.Settings.Timeout, explainFailure: null, cancellation);
    }

    /// <summary>The ledger's server address, when it is one (the file may have been edited by hand).</summary>
    private static Uri? RecordedServer(LedgerEntry entry) =>
        Uri.TryCreate(entry.Server + "/", UriKind.Absolute, out var server) && server.Scheme is "http" or "https" ? server : null;
}
