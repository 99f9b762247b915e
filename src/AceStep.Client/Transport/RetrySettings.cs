namespace AceStep.Client.Transport;

/// <summary>Bounded exponential backoff with jitter for idempotent requests.</summary>
internal sealed record RetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>
    /// The delay before retry number <paramref name="attempt"/> (0-based): base × 2^attempt capped at the
    /// maximum, then scaled into [50 %, 100 %] so that many clients do not retry in lockstep.
    /// A server's <c>Retry-After</c> wins when it is longer, up to the maximum.
    /// </summary>
    public TimeSpan DelayFor(int attempt, SharedRandom random, TimeSpan? retryAfter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        var jittered = capped * (0.5 + (random.NextDouble() * 0.5));
        if (retryAfter is { } hint && hint.TotalMilliseconds > jittered)
        {
            jittered = Math.Min(hint.TotalMilliseconds, MaxDelay.TotalMilliseconds);
        }

        return TimeSpan.FromMilliseconds(jittered);
    }
}
