namespace AceStep.Client;

/// <summary>
/// The server no longer knows the job: it keeps answering "status 0, result []" long after the job should
/// have started (a restart dropped it, or its results expired). Waiting longer will not help.
/// </summary>
public sealed class AceStepJobLostException : AceStepException
{
    public AceStepJobLostException()
    {
    }

    public AceStepJobLostException(string message)
        : base(message)
    {
    }

    public AceStepJobLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepJobLostException(string jobId, TimeSpan unknownFor, string? endpoint = null)
        : base(
            $"Job {jobId} is unknown to the server (no trace of it for {unknownFor.TotalSeconds:0} s); it was lost, e.g. by a server restart. Submit it again.",
            new AceStepErrorDetails(endpoint))
    {
        JobId = jobId;
    }

    /// <summary>The id the server no longer knows.</summary>
    public string? JobId { get; }
}
