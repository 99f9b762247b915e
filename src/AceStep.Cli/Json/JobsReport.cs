using AceStep.Cli.Ledger;

namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep jobs</c>: the ledger, newest first, and for --resume the outcomes.</summary>
internal sealed record JobsReport(string Ledger, IReadOnlyList<LedgerEntry> Jobs)
{
    public IReadOnlyList<JobReport>? Resumed { get; init; }
}
