namespace AceStep.Simulator.Http;

/// <summary>The authentication matrix in docs/protocol.md, "Authentication": body-checked and header-checked routes, with their exact messages.</summary>
internal sealed class ApiAuthorization(string? apiKey)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Routes that parse a body first (see docs/protocol.md, "Authentication"). Returns the 401 detail, or null when the request may pass.</summary>
    public string? CheckBody(AiToken token, HttpRequest request)
    {
        if (apiKey is null)
        {
            return null;
        }

        if (token.IsTruthy)
        {
            return token.Text == apiKey ? null : "Invalid ai_token";
        }

        var header = ReadHeader(request);
        if (header is not null)
        {
            return StripBearer(header) == apiKey ? null : "Invalid API key";
        }

        return "Missing ai_token or Authorization header";
    }

    /// <summary>Routes that only look at the Authorization header (see docs/protocol.md, "Authentication").</summary>
    public string? CheckHeader(HttpRequest request)
    {
        if (apiKey is null)
        {
            return null;
        }

        var header = ReadHeader(request);
        if (header is null)
        {
            return "Missing Authorization header";
        }

        return StripBearer(header) == apiKey ? null : "Invalid API key";
    }

    /// <summary>An empty header counts as missing (see docs/protocol.md, "Authentication"); HTTP parsing already trimmed surrounding spaces.</summary>
    private static string? ReadHeader(HttpRequest request)
    {
        string? value = request.Headers.Authorization;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string StripBearer(string value) =>
        value.StartsWith(BearerPrefix, StringComparison.Ordinal) ? value[BearerPrefix.Length..] : value;
}
