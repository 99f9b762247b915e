using AceStep.Cli.Configuration;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>What a command that runs or fetches jobs needs, resolved once per invocation.</summary>
internal sealed record JobRun(
    AceStepClient Client,
    CliSettings Settings,
    OutputFolder Folder,
    JobLedger Ledger,
    Reporter Reporter,
    CliEnvironment Environment,
    bool Force)
{
    public DateTimeOffset Now => Environment.TimeProvider.GetUtcNow();

    /// <summary>How saved audio is tagged; off unless the command resolves it (generate, cover, random, status).</summary>
    public TagOptions Tags { get; init; } = TagOptions.Off;

    public ResultWriter Writer => new(Folder);

    /// <summary>
    /// False for an id the user merely asked about (it is not in the ledger): it gets an entry only once its result
    /// is saved, never a lost or failed one for a job that may be nobody's.
    /// </summary>
    public bool InLedger { get; init; } = true;

    /// <summary>Whether the server this run asks is the one <paramref name="entry"/> was submitted to.</summary>
    public bool AsksTheServerOf(LedgerEntry entry) =>
        string.Equals(entry.Server, Settings.ServerDisplay, StringComparison.OrdinalIgnoreCase);

    /// <summary>The ledger entry of a job this invocation submits, or first hears of, into the run's folder.</summary>
    public LedgerEntry NewEntry(string jobId, string mode, RequestSummary request) => new()
    {
        JobId = jobId,
        Server = Settings.ServerDisplay,
        Mode = mode,
        State = LedgerState.Submitted,
        Submitted = Now,
        Updated = Now,
        OutputDir = Folder.FullPath,
        Request = request,
    };

    /// <summary>Records the job as succeeded with its saved result file, and reports it.</summary>
    public JobReport Succeed(LedgerEntry entry, ResultDocument document, string resultPath, bool alreadySaved)
    {
        var done = entry with { State = LedgerState.Succeeded, Updated = Now, Files = [.. document.Files.Select(f => f.Name)], ResultPath = resultPath };
        Record(done);
        return JobReporter.Finished(this, done, document, resultPath, alreadySaved);
    }

    public void Record(LedgerEntry entry)
    {
        if (!InLedger && entry.State != LedgerState.Succeeded)
        {
            return;
        }

        try
        {
            Ledger.Save(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The job itself is fine; only the ability to resume it later is lost, so say so and carry on.
            Reporter.Warning($"Could not record job {entry.JobId} in the job ledger ({Ledger.Location}): {ex.Message}");
        }
    }
}
