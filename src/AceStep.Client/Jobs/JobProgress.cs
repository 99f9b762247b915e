namespace AceStep.Client;

/// <summary>A progress report while waiting for a job.</summary>
public sealed record JobProgress
{
    public required string JobId { get; init; }

    public required JobState State { get; init; }

    /// <summary>The server's stage text.</summary>
    public string? Stage { get; init; }

    /// <summary>Percent done, 0–100, when the server reports progress.</summary>
    public double? Percent { get; init; }

    /// <summary>The position in the queue (1 = next), known from submission and decreasing estimates.</summary>
    public int? QueuePosition { get; init; }

    /// <summary>Time since waiting began (or since submission, when known).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Estimated time until the job finishes, from the queue position and the server's average job time.</summary>
    public TimeSpan? EstimatedRemaining { get; init; }

    /// <summary>A note for people, e.g. that the server is not answering while it loads its models.</summary>
    public string? Message { get; init; }
}
