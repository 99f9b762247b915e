using AceStep.Simulator.Http;

namespace AceStep.Simulator.Hosting;

/// <summary>Gives routing's bodiless 404 and 405 answers FastAPI's bodies (see docs/protocol.md, "Responses").</summary>
internal sealed class FastApiStatusBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        await next(http);
        if (http.Response.HasStarted)
        {
            return;
        }

        if (http.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status404NotFound, "Not Found");
        }
        else if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed");
        }
    }
}
