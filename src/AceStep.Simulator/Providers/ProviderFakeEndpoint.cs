using System.Text;
using AceStep.Simulator.Providers.Faults;
using AceStep.Simulator.Providers.Wire;

namespace AceStep.Simulator.Providers;

/// <summary>
/// What the three provider fakes share: a fault switch that catches the request first (in the provider's own error
/// shapes), the request log, and reading the key from the provider's header.
/// </summary>
internal abstract class ProviderFakeEndpoint(ProviderFakes fakes)
{
    protected ProviderFakes Fakes => fakes;

    /// <summary>The name faults and the log use: <c>openai</c>, <c>elevenlabs</c>, <c>gemini</c>.</summary>
    protected abstract string Provider { get; }

    /// <summary>The public host, named by the CDN's HTML error pages.</summary>
    protected abstract string Host { get; }

    public async Task HandleAsync(HttpContext context)
    {
        var fault = fakes.Faults.Take(context.Request.Path.Value ?? string.Empty, Provider);
        if (fault is not null && await AnsweredByFaultAsync(fault, context))
        {
            // Counted like any request, so a test sees how many attempts a client made.
            Record(context, [], 0);
            return;
        }

        await AnswerAsync(context);
    }

    protected abstract Task AnswerAsync(HttpContext context);

    /// <summary>Writes the provider's error body for <paramref name="status"/>.</summary>
    protected abstract Task WriteErrorAsync(HttpContext context, int status, string message, string? code);

    /// <summary>The provider's usual message for a failure with this status (what a fault answers with).</summary>
    protected abstract string FaultMessage(int status);

    protected abstract Task WriteRateLimitedAsync(HttpContext context);

    protected abstract Task WriteQuotaExhaustedAsync(HttpContext context);

    protected void Record(HttpContext context, IReadOnlyList<KeyValuePair<string, string>> fields, long fileBytes, string? body = null) =>
        fakes.Requests.Add(new RecordedRequest(
            Provider,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            [.. context.Request.Headers.Keys],
            fields,
            fileBytes,
            body));

    protected static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var values) && !string.IsNullOrEmpty(values.ToString()) ? values.ToString() : null;

    private async Task<bool> AnsweredByFaultAsync(ProviderFault fault, HttpContext context)
    {
        switch (fault.Kind)
        {
            case ProviderFaultKind.Delay:
                await Task.Delay(TimeSpan.FromSeconds(fault.Seconds), fakes.Options.TimeProvider, context.RequestAborted);
                return false;
            case ProviderFaultKind.DropConnection:
                context.Abort();
                return true;
            case ProviderFaultKind.HtmlPage:
                await HtmlErrorPage.WriteAsync(context, fault.Status, Host);
                return true;
            case ProviderFaultKind.RateLimited:
                context.Response.Headers.RetryAfter = Math.Ceiling(fault.Seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteRateLimitedAsync(context);
                return true;
            case ProviderFaultKind.QuotaExhausted:
                await WriteQuotaExhaustedAsync(context);
                return true;
            case ProviderFaultKind.MalformedJson:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"text\": \"Hello, this answer stops in the mid"), context.RequestAborted);
                return true;
            default:
                await WriteErrorAsync(context, fault.Status, FaultMessage(fault.Status), null);
                return true;
        }
    }
}
