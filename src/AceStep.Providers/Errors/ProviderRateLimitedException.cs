namespace AceStep.Providers;

/// <summary>
/// The provider answered 429 after the retries, or asked for a wait longer than <see cref="ProviderOptions.MaxRetryDelay"/>,
/// or said the account's quota or credit is used up (which no wait fixes).
/// </summary>
public sealed class ProviderRateLimitedException : ProviderException
{
    public ProviderRateLimitedException(string message, ProviderErrorDetails details, TimeSpan? retryAfter, bool quotaExhausted, Exception? innerException = null)
        : base(message, details, innerException)
    {
        RetryAfter = retryAfter;
        QuotaExhausted = quotaExhausted;
    }

    /// <summary>The provider's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the account is out of quota or credit rather than momentarily too busy.</summary>
    public bool QuotaExhausted { get; }
}
