namespace AceStep.Providers.Transport;

/// <summary>How an endpoint is shown in messages (no user:password, no query) and joined with request paths.</summary>
internal static class EndpointText
{
    public static string Display(Uri? endpoint) =>
        endpoint is null || !endpoint.IsAbsoluteUri
            ? "(no endpoint)"
            : endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');

    /// <summary>The API root with exactly one trailing slash, so that relative paths append instead of replacing its last segment.</summary>
    public static Uri BaseAddress(Uri endpoint) =>
        new(endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/') + "/");
}
