namespace AceStep.Client;

/// <summary>The job ended with status 2 (failed). The server rarely says why; <see cref="Reason"/> holds what it said.</summary>
public sealed class AceStepJobFailedException : AceStepException
{
    public AceStepJobFailedException()
    {
    }

    public AceStepJobFailedException(string message)
        : base(message)
    {
    }

    public AceStepJobFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepJobFailedException(string jobId, string? reason, string? endpoint = null)
        : base(BuildMessage(jobId, reason), new AceStepErrorDetails(endpoint, ServerMessage: reason))
    {
        JobId = jobId;
        Reason = reason;
    }

    /// <summary>The id of the failed job.</summary>
    public string? JobId { get; }

    /// <summary>The failure reason from the result's <c>error</c> field or, as a hint only, the server's last log line; null when unknown.</summary>
    public string? Reason { get; }

    private static string BuildMessage(string jobId, string? reason) =>
        reason is null
            ? $"Job {jobId} failed; the server gave no reason."
            : $"Job {jobId} failed: {reason}";
}
