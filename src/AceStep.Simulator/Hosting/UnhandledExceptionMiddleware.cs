using AceStep.Simulator.Http;

namespace AceStep.Simulator.Hosting;

/// <summary>Any unexpected exception answers like uvicorn: a plain-text 500.</summary>
internal sealed class UnhandledExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.Response.Clear();
            await JsonResponses.WritePlainTextErrorAsync(http);
        }
    }
}
