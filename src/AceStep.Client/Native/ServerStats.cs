namespace AceStep.Client;

/// <summary>The answer of <c>GET /v1/stats</c>: job counts since the server started and the queue.</summary>
public sealed record ServerStats
{
    public int TotalJobs { get; init; }

    public int QueuedJobs { get; init; }

    public int RunningJobs { get; init; }

    public int SucceededJobs { get; init; }

    public int FailedJobs { get; init; }

    /// <summary>Jobs waiting for the worker.</summary>
    public int QueueSize { get; init; }

    /// <summary>The queue's capacity; submissions beyond it get 429.</summary>
    public int QueueMaxSize { get; init; }

    /// <summary>Mean run time of recent jobs, queue wait excluded.</summary>
    public double? AverageJobSeconds { get; init; }
}
