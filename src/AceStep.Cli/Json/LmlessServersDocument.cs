namespace AceStep.Cli.Json;

/// <summary>The file of <see cref="Ledger.LmlessServers"/>: <c>{"servers": {"http://host:8001": "2026-12-07T02:55:00+00:00"}}</c>.</summary>
internal sealed record LmlessServersDocument
{
    public Dictionary<string, DateTimeOffset> Servers { get; init; } = new();
}
