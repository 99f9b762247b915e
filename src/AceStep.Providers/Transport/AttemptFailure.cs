namespace AceStep.Providers.Transport;

/// <summary>Why one attempt failed; whether to try again is decided from it, and the final exception is built from the last one.</summary>
internal sealed class AttemptFailure : Exception
{
    private AttemptFailure(AttemptFailureKind kind, int? status, ProviderError? error, TimeSpan? retryAfter, Exception? cause)
        : base(kind.ToString(), cause)
    {
        Kind = kind;
        Status = status;
        Error = error;
        RetryAfter = retryAfter;
    }

    public AttemptFailureKind Kind { get; }

    public int? Status { get; }

    public ProviderError? Error { get; }

    public TimeSpan? RetryAfter { get; }

    public bool Retryable => Kind switch
    {
        AttemptFailureKind.Network or AttemptFailureKind.Timeout => true,
        _ => Status is 408 or 409 or >= 500 || (Status == 429 && !QuotaExhausted),
    };

    /// <summary>OpenAI's <c>insufficient_quota</c> and Gemini's daily quota: no wait fixes them.</summary>
    public bool QuotaExhausted => Error?.Code is "insufficient_quota" or "quota_exceeded";

    public static AttemptFailure FromStatus(int status, ProviderError error, TimeSpan? retryAfter) =>
        new(AttemptFailureKind.HttpStatus, status, error, retryAfter, null);

    public static AttemptFailure FromNetwork(Exception cause) => new(AttemptFailureKind.Network, null, null, null, cause);

    public static AttemptFailure FromTimeout(Exception cause) => new(AttemptFailureKind.Timeout, null, null, null, cause);
}
