namespace AceStep.Client.Transport;

/// <summary>One failed attempt: the error to raise if no retry follows, and whether a retry is allowed.</summary>
internal sealed class AttemptFailure(AceStepException error, bool retryable, TimeSpan? retryAfter) : Exception(error.Message, error)
{
    public AceStepException Error { get; } = error;

    public bool Retryable { get; } = retryable;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
