using System.Net.Http;

namespace AceStep.Providers.Transport;

/// <summary>Turns the last failed attempt of a request into the typed exception the caller sees, with advice where there is any.</summary>
internal static class ProviderErrorFactory
{
    public static ProviderException Create(AttemptFailure failure, ProviderSettings settings, string operation, int attempts)
    {
        var identity = settings.Identity;
        var tries = attempts > 1 ? $" (after {attempts} attempts)" : string.Empty;
        switch (failure.Kind)
        {
            case AttemptFailureKind.Timeout:
                return new ProviderTimeoutException(
                    $"{identity.DisplayName} did not answer {operation} within {settings.RequestTimeout.TotalSeconds:0.#} s{tries}.",
                    new ProviderErrorDetails(identity.Name, operation),
                    failure.InnerException);
            case AttemptFailureKind.Network:
                return new ProviderUnavailableException(
                    $"Cannot reach {identity.DisplayName} at {settings.DisplayEndpoint} ({operation}): {DescribeNetwork(failure.InnerException)}{tries}.",
                    new ProviderErrorDetails(identity.Name, operation),
                    failure.InnerException);
        }

        var status = failure.Status ?? 0;
        var error = failure.Error ?? new ProviderError(null, null);
        var said = error.Message is null ? string.Empty : $": {error.Message}";
        var details = new ProviderErrorDetails(identity.Name, operation, status, error.Message, error.Code);
        var headline = $"{identity.DisplayName} answered {operation} with HTTP {status}{said}";
        if (failure.QuotaExhausted)
        {
            // ElevenLabs says "quota_exceeded" with a 401: the key is fine, the credit is not.
            return RateLimited(headline, string.Empty, details, failure);
        }

        return status switch
        {
            401 or 403 => Authentication(headline, details, identity),
            400 when error.KeyInvalid => Authentication(headline, details, identity),
            413 => new ProviderUploadTooLargeException(
                $"{headline}. The file is too large for {identity.DisplayName}: compress it to a smaller MP3 first (e.g. ffmpeg -i song.wav -ac 1 -b:a 64k song.mp3).",
                details, null, null),
            429 => RateLimited(headline, tries, details, failure),
            408 or >= 500 => new ProviderUnavailableException($"{headline}{tries}. {identity.DisplayName} is failing or overloaded; try again later.", details),
            _ => new ProviderRequestRejectedException($"{headline}.", details),
        };
    }

    private static ProviderAuthenticationException Authentication(string headline, ProviderErrorDetails details, ProviderIdentity identity) =>
        new($"{headline}. Check the {identity.DisplayName} API key (create or copy one at {identity.KeyPage}; the account may also need billing or access to the model).",
            details, identity.KeyPage);

    private static ProviderRateLimitedException RateLimited(string headline, string tries, ProviderErrorDetails details, AttemptFailure failure)
    {
        var advice = failure.QuotaExhausted
            ? "The account's quota or credit is used up: check its plan and billing."
            : failure.RetryAfter is { } wait
                ? $"Too many requests: try again in {Math.Ceiling(wait.TotalSeconds):0} s."
                : "Too many requests: wait a minute and try again.";
        return new ProviderRateLimitedException($"{headline}{tries}. {advice}", details, failure.RetryAfter, failure.QuotaExhausted);
    }

    private static string DescribeNetwork(Exception? exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "the host name could not be resolved",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "the connection could not be established (refused or timed out)",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "the TLS handshake failed",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "the connection closed before the answer was complete",
        HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError } => "the proxy refused the tunnel",
        _ => $"the connection failed ({exception?.GetType().Name ?? "unknown error"})",
    };
}
