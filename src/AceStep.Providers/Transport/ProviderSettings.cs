namespace AceStep.Providers.Transport;

/// <summary>An immutable, validated copy of a client's <see cref="ProviderOptions"/>, taken when the client is built.</summary>
internal sealed record ProviderSettings
{
    public required ProviderIdentity Identity { get; init; }

    public required Uri BaseAddress { get; init; }

    public required string DisplayEndpoint { get; init; }

    public required string ApiKey { get; init; }

    public required string UserAgent { get; init; }

    public required TimeSpan ConnectTimeout { get; init; }

    public required TimeSpan RequestTimeout { get; init; }

    public required int MaxRetries { get; init; }

    public required RetryDelays Retry { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public static ProviderSettings From(ProviderOptions options, ProviderIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new ArgumentException($"The {identity.DisplayName} endpoint is required.", nameof(options));
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The {identity.DisplayName} endpoint must be an absolute http or https URL, not '{EndpointText.Display(endpoint)}'.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException($"No {identity.DisplayName} API key is set. Get one at {identity.KeyPage}.", nameof(options));
        }

        if (options.ApiKey.Any(char.IsControl))
        {
            throw new ArgumentException($"The {identity.DisplayName} API key contains a line break or control character; copy it again without them.", nameof(options));
        }

        RequirePositive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        RequirePositive(options.RequestTimeout, nameof(options.RequestTimeout));
        RequirePositive(options.RetryBaseDelay, nameof(options.RetryBaseDelay));
        RequirePositive(options.MaxRetryDelay, nameof(options.MaxRetryDelay));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentNullException.ThrowIfNull(options.Random);

        return new ProviderSettings
        {
            Identity = identity,
            BaseAddress = EndpointText.BaseAddress(endpoint),
            DisplayEndpoint = EndpointText.Display(endpoint),
            ApiKey = options.ApiKey.Trim(),
            UserAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? "acestep-dotnet" : options.UserAgent,
            ConnectTimeout = options.ConnectTimeout,
            RequestTimeout = options.RequestTimeout,
            MaxRetries = options.MaxRetries,
            Retry = new RetryDelays(options.RetryBaseDelay, options.MaxRetryDelay, options.Random),
            TimeProvider = options.TimeProvider,
        };
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }
}
