using System.Security.Authentication;

namespace AceStep.Client.Transport;

/// <summary>Describes failures below HTTP (refused, DNS, TLS, reset) for people, and says whether the request can have reached the server.</summary>
internal static class TransportErrorMapper
{
    /// <summary>True when the connection was never established, so not one byte of the request reached the server.</summary>
    public static bool NeverReachedServer(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError };

    public static AceStepException Map(Exception exception, ServerRequest request, string displayEndpoint)
    {
        var neverSent = NeverReachedServer(exception);
        var mayExist = request.StartsWork && !neverSent;
        var cause = Describe(exception);
        var suffix = mayExist
            ? " The request may have reached the server and started a job: check before submitting again."
            : string.Empty;
        var details = new AceStepErrorDetails(request.EndpointName, JobMayStillRun: mayExist);
        return new AceStepUnreachableException($"Cannot reach {displayEndpoint} ({request.EndpointName}): {cause}.{suffix}", details, exception);
    }

    private static string Describe(Exception exception)
    {
        if (exception is HttpRequestException http)
        {
            return http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the host name could not be resolved (DNS)",
                HttpRequestError.ConnectionError => "the connection could not be established (refused or timed out)",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ResponseEnded => "the server closed the connection before answering",
                HttpRequestError.InvalidResponse => "the server's answer is not valid HTTP",
                _ => http.InnerException is AuthenticationException ? "the TLS handshake failed" : $"the connection failed ({http.Message})",
            };
        }

        return $"the connection dropped ({exception.GetType().Name})";
    }
}
