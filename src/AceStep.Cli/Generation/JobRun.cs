using AceStep.Cli.Configuration;
using AceStep.Cli.Hosting;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Rendering;
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

    public ResultWriter Writer => new(Folder);

    public void Record(LedgerEntry entry)
    {
        try
        {
            Ledger.Save(entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The job itself is fine; only the ability to resume it later is lost, so say so and carry on.
            Reporter.Warning($"Could not record job {entry.JobId} in the job ledger ({Ledger.Folder}): {ex.Message}");
        }
    }
}
