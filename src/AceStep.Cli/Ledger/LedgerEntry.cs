using AceStep.Cli.Output;

namespace AceStep.Cli.Ledger;

/// <summary>One submitted job as recorded in the ledger. Never holds the API key.</summary>
internal sealed record LedgerEntry
{
    public required string JobId { get; init; }

    public required string Server { get; init; }

    public required string Mode { get; init; }

    public required string State { get; init; }

    public required DateTimeOffset Submitted { get; init; }

    public required DateTimeOffset Updated { get; init; }

    public required string OutputDir { get; init; }

    public required RequestSummary Request { get; init; }

    public IReadOnlyList<string> Files { get; init; } = [];

    public string? ResultPath { get; init; }

    public string? Error { get; init; }
}
