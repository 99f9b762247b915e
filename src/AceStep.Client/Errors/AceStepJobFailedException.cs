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
        NoReasonGiven = reason is null;
    }

    /// <summary>The id of the failed job.</summary>
    public string? JobId { get; }

    /// <summary>The failure reason from the result's <c>error</c> field or, as a hint only, the server's last log line; null when unknown.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The server did not say why (version A's results never do; <see cref="Reason"/> is then at most its last log line).
    /// A job that needed the 5 Hz LM and failed this way most likely met a server without it.
    /// </summary>
    public bool NoReasonGiven { get; private init; }

    /// <summary>
    /// The server said the job needed the 5 Hz LM and it has none (<c>5Hz LM init failed: …</c>, see docs/protocol.md,
    /// "Parameters of /release_task"): the LM was disabled at start-up or failed to load.
    /// </summary>
    public bool LanguageModelUnavailable => !NoReasonGiven && Reason?.Contains("5Hz LM init failed", StringComparison.Ordinal) == true;

    /// <summary>A failure whose only clue is <paramref name="lastLogLine"/>, the server's last log line, which may belong to another job.</summary>
    internal static AceStepJobFailedException WithoutReason(string jobId, string? lastLogLine, string endpoint) =>
        new(jobId, lastLogLine is null ? null : $"no reason given; the server's last log line was: {lastLogLine}", endpoint) { NoReasonGiven = true };

    private static string BuildMessage(string jobId, string? reason) =>
        reason is null
            ? $"Job {jobId} failed; the server gave no reason."
            : $"Job {jobId} failed: {reason}";
}
