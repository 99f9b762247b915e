namespace AceStep.Client;

/// <summary>One job as <c>/query_result</c> reported it at one moment.</summary>
public sealed record JobStatus
{
    public required string JobId { get; init; }

    public required JobState State { get; init; }

    /// <summary>The server's free-text stage, e.g. <c>Generating music (batch size: 1)...</c>.</summary>
    public string? Stage { get; init; }

    /// <summary>Progress from 0 to 1, when reported.</summary>
    public double? Progress { get; init; }

    /// <summary>The server's last log line. It is global, not per job: a hint only.</summary>
    public string? ProgressText { get; init; }

    /// <summary>When the job was submitted, by the server's clock.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The failure reason, when the server kept one (jobs that failed before starting).</summary>
    public string? Error { get; init; }

    /// <summary>The result, when <see cref="State"/> is <see cref="JobState.Succeeded"/>.</summary>
    public GenerationResult? Result { get; init; }
}
