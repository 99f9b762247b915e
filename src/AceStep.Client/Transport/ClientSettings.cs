namespace AceStep.Client.Transport;

/// <summary>An immutable copy of <see cref="AceStepClientOptions"/>, validated, taken when a client is built.</summary>
internal sealed record ClientSettings
{
    public required string BaseUrl { get; init; }

    public required string DisplayEndpoint { get; init; }

    public required bool IsLoopback { get; init; }

    public string? ApiKey { get; init; }

    public required string UserAgent { get; init; }

    public required TimeSpan ConnectTimeout { get; init; }

    public required TimeSpan RequestTimeout { get; init; }

    public required TimeSpan DownloadTimeout { get; init; }

    public required TimeSpan CompletionTimeout { get; init; }

    public required TimeSpan StreamIdleTimeout { get; init; }

    public required TimeSpan LongOperationTimeout { get; init; }

    public required TimeSpan DefaultJobTimeout { get; init; }

    public required RetrySettings Retry { get; init; }

    public required TimeSpan PollInitialInterval { get; init; }

    public required TimeSpan PollMaxInterval { get; init; }

    public required TimeSpan LostJobGracePeriod { get; init; }

    public required int OldJobFailureRechecks { get; init; }

    public required TimeSpan OldJobFailureRecheckInterval { get; init; }

    public required long MaxAudioBytes { get; init; }

    public required int MaxResponseBytes { get; init; }

    public required bool AllowLocalPathFallback { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required SharedRandom Random { get; init; }

    public static ClientSettings From(AceStepClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new ArgumentException("Endpoint is required.", nameof(options));
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Endpoint must be an absolute http or https URL, not '{(endpoint.IsAbsoluteUri ? BuildDisplayEndpoint(endpoint) : endpoint.OriginalString)}'.", nameof(options));
        }

        RequirePositive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        RequirePositive(options.RequestTimeout, nameof(options.RequestTimeout));
        RequirePositive(options.DownloadTimeout, nameof(options.DownloadTimeout));
        RequirePositive(options.CompletionTimeout, nameof(options.CompletionTimeout));
        RequirePositive(options.StreamIdleTimeout, nameof(options.StreamIdleTimeout));
        RequirePositive(options.LongOperationTimeout, nameof(options.LongOperationTimeout));
        RequirePositive(options.DefaultJobTimeout, nameof(options.DefaultJobTimeout));
        RequirePositive(options.PollInitialInterval, nameof(options.PollInitialInterval));
        RequirePositive(options.PollMaxInterval, nameof(options.PollMaxInterval));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(options.OldJobFailureRechecks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxAudioBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxResponseBytes);

        return new ClientSettings
        {
            BaseUrl = BuildBaseUrl(endpoint),
            DisplayEndpoint = BuildDisplayEndpoint(endpoint),
            IsLoopback = endpoint.IsLoopback,
            ApiKey = string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey,
            UserAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? DefaultUserAgent : options.UserAgent,
            ConnectTimeout = options.ConnectTimeout,
            RequestTimeout = options.RequestTimeout,
            DownloadTimeout = options.DownloadTimeout,
            CompletionTimeout = options.CompletionTimeout,
            StreamIdleTimeout = options.StreamIdleTimeout,
            LongOperationTimeout = options.LongOperationTimeout,
            DefaultJobTimeout = options.DefaultJobTimeout,
            Retry = new RetrySettings(options.MaxRetries, options.RetryBaseDelay, options.RetryMaxDelay),
            PollInitialInterval = options.PollInitialInterval,
            PollMaxInterval = options.PollMaxInterval < options.PollInitialInterval ? options.PollInitialInterval : options.PollMaxInterval,
            LostJobGracePeriod = options.LostJobGracePeriod,
            OldJobFailureRechecks = options.OldJobFailureRechecks,
            OldJobFailureRecheckInterval = options.OldJobFailureRecheckInterval,
            MaxAudioBytes = options.MaxAudioBytes,
            MaxResponseBytes = options.MaxResponseBytes,
            AllowLocalPathFallback = options.AllowLocalPathFallback,
            TimeProvider = options.TimeProvider ?? TimeProvider.System,
            Random = new SharedRandom(options.Random ?? System.Random.Shared),
        };
    }

    /// <summary>The library's User-Agent when the caller sets none.</summary>
    public const string DefaultUserAgent = "AceStep.Client/1.0";

    /// <summary>Names the endpoint only: the generated record ToString would print the API key.</summary>
    public override string ToString() => $"ClientSettings({DisplayEndpoint})";

    /// <summary>Joins the base address and a server-relative path such as <c>/v1/audio?path=%2F…</c> without re-encoding anything.</summary>
    public Uri Resolve(string relative)
    {
        var separator = relative.StartsWith('/') ? string.Empty : "/";
        return new Uri(BaseUrl + separator + relative, UriKind.Absolute);
    }

    private static string BuildBaseUrl(Uri endpoint)
    {
        // Trailing slashes are trimmed so that "http://host:8001/" and "http://host:8001" both give
        // "http://host:8001/health", never "//health".
        var builder = new UriBuilder(endpoint) { Query = string.Empty, Fragment = string.Empty };
        return builder.Uri.AbsoluteUri.TrimEnd('/');
    }

    private static string BuildDisplayEndpoint(Uri endpoint)
    {
        // User info can hold credentials; it never appears in messages.
        var builder = new UriBuilder(endpoint) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty };
        return builder.Uri.AbsoluteUri;
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }
}
