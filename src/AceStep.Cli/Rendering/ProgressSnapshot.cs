namespace AceStep.Cli.Rendering;

/// <summary>What is known about a running job at one moment, independent of the protocol.</summary>
internal sealed record ProgressSnapshot(
    string State,
    string? Stage,
    double? Percent,
    int? QueuePosition,
    TimeSpan Elapsed,
    TimeSpan? Estimate);
