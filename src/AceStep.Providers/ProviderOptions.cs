namespace AceStep.Providers;

/// <summary>
/// What every cloud provider client shares: where the service is, the key, how long one attempt may take, how
/// often and how patiently failed attempts are retried, and the clock and randomness (injectable for tests).
/// The values are copied when a client is built; changing them afterwards does not affect that client.
/// </summary>
public abstract class ProviderOptions
{
    private protected ProviderOptions(Uri defaultEndpoint, TimeSpan defaultRequestTimeout)
    {
        Endpoint = defaultEndpoint;
        RequestTimeout = defaultRequestTimeout;
    }

    /// <summary>The API root (the provider's <c>api_url</c>); request paths are appended to it.</summary>
    public Uri Endpoint { get; set; }

    /// <summary>The provider's API key. Sent only in a request header, never in a URL, message or <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest wait for a TCP/TLS connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Deadline of one attempt, from sending the first byte to reading the last byte of the answer.</summary>
    public TimeSpan RequestTimeout { get; set; }

    /// <summary>Attempts after the first one for 429, 5xx, timeouts and network failures (0 = never retry).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry; it doubles with each further retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts. A <c>Retry-After</c> longer than this is not waited out: the error is raised with it.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public string UserAgent { get; set; } = "acestep-dotnet";

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Source of the retry jitter; a seeded <see cref="System.Random"/> makes retry timing reproducible.</summary>
    public Random Random { get; set; } = Random.Shared;

    /// <summary>Names the endpoint and whether a key is set; never the key.</summary>
    public override string ToString() =>
        $"{GetType().Name} {{ Endpoint = {Transport.EndpointText.Display(Endpoint)}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "not set" : "set")} }}";
}
