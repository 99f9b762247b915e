namespace AceStep.Simulator.Providers.Wire;

/// <summary>The HTML page a CDN or proxy in front of a service answers with when the service behind it fails.</summary>
internal static class HtmlErrorPage
{
    public static async Task WriteAsync(HttpContext context, int status, string host)
    {
        var reason = status switch
        {
            502 => "Bad gateway",
            503 => "Service unavailable",
            504 => "Gateway time-out",
            520 => "Web server is returning an unknown error",
            522 => "Connection timed out",
            _ => "Error",
        };
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en-US"><head><title>{{host}} | {{status}}: {{reason}}</title>
            <style>body { font-family: sans-serif; }</style><script>window.cf=1;</script></head>
            <body><h1>{{reason}}</h1><p>Error code {{status}}</p><p>The web server reported a {{reason.ToLowerInvariant()}} error.</p>
            <p>Ray ID: 8c2f1d0e9a7b6c5d &bull; Performance &amp; security by a CDN</p></body></html>
            """;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=UTF-8";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }
}
