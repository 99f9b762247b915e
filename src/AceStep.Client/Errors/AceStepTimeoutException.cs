namespace AceStep.Client;

/// <summary>
/// A deadline passed: a request timeout, or the overall wait deadline of a job. When <see cref="JobId"/>
/// is set the job exists and may still finish; re-attach later with <see cref="GenerationOperation.Rehydrate"/>.
/// </summary>
public sealed class AceStepTimeoutException : AceStepException
{
    public AceStepTimeoutException()
    {
    }

    public AceStepTimeoutException(string message)
        : base(message)
    {
    }

    public AceStepTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public AceStepTimeoutException(string message, AceStepErrorDetails details, string? jobId = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        JobId = jobId;
    }

    /// <summary>The job that was being waited for, when there is one.</summary>
    public string? JobId { get; }
}
