namespace AceStep.Providers.Transport;

/// <summary>
/// Exponential backoff with jitter: the n-th retry waits between half and all of <c>base × 2^n</c> (capped), so
/// clients that failed together do not return together. A provider's <c>Retry-After</c> is a floor; one longer than
/// the cap is not waited out.
/// </summary>
internal sealed class RetryDelays(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    private readonly Lock gate = new();

    public TimeSpan MaxDelay => maxDelay;

    /// <returns>The wait before retry number <paramref name="retry"/> (0-based), or null when the provider asked for more than the cap.</returns>
    public TimeSpan? DelayFor(int retry, TimeSpan? retryAfter)
    {
        if (retryAfter > maxDelay)
        {
            return null;
        }

        var exponential = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30)));
        double share;
        lock (gate)
        {
            share = 0.5 + (random.NextDouble() / 2);
        }

        var jittered = TimeSpan.FromMilliseconds(exponential * share);
        return retryAfter is { } floor && floor > jittered ? floor : jittered;
    }
}
