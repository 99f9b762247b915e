namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep stats</c>.</summary>
internal sealed record StatsReport(
    string Server,
    int TotalJobs,
    int QueuedJobs,
    int RunningJobs,
    int SucceededJobs,
    int FailedJobs,
    int QueueSize,
    int QueueMaxSize,
    double? AverageJobSeconds,
    double? EstimatedWaitSeconds);
