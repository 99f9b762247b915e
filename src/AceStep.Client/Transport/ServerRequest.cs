namespace AceStep.Client.Transport;

/// <summary>One logical request; <see cref="CreateContent"/> is called again for every attempt.</summary>
internal sealed record ServerRequest(HttpMethod Method, string RelativeUrl, string EndpointName)
{
    public Func<HttpContent>? CreateContent { get; init; }

    public TimeSpan Timeout { get; init; }

    /// <summary>A shorter limit on the wait for the response headers, for requests whose body may take unbounded time (streams).</summary>
    public TimeSpan? HeadersTimeout { get; init; }

    public RetryMode Retry { get; init; } = RetryMode.Idempotent;

    /// <summary>
    /// Whether a failure while reading a successful response's body is retried here. Downloads turn this off to
    /// resume from where the body stopped instead of starting over.
    /// </summary>
    public bool RetryBodyFailures { get; init; } = true;

    /// <summary>Set for requests that may start a job: a lost answer then means the job may exist.</summary>
    public bool StartsWork { get; init; }

    /// <summary>
    /// Set for routes every ACE-Step server has (<c>/health</c>): a "not found" there, even in JSON, means that what
    /// answers is not an ACE-Step API.
    /// </summary>
    public bool EveryServerHasRoute { get; init; }

    /// <summary>Extra headers, e.g. <c>Range</c>.</summary>
    public Action<HttpRequestMessage>? Configure { get; init; }
}
