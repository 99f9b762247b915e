using AceStep.Simulator.Admin;
using AceStep.Simulator.Http;
using AceStep.Simulator.Providers;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Hosting;

/// <summary>
/// What happens to a request before upstream's routes see it: it waits while the lazy model load "blocks the event
/// loop", and an injected response fault may answer it instead. Admin routes and the provider fakes bypass both.
/// </summary>
internal sealed class SimulatedProcessMiddleware(RequestDelegate next, SimulatorContext context)
{
    private static readonly byte[] MalformedJsonBody = "{\"data\":{\"task_id\":\"7c9e6679-7425-40de-944b-e0"u8.ToArray();

    public async Task InvokeAsync(HttpContext http)
    {
        if (AdminPaths.IsAdmin(http) || ProviderRoutePrefixes.IsProviderPath(http.Request.Path))
        {
            await next(http);
            return;
        }

        await context.Runtime.Gate.WaitAsync();
        if (FindFault(http) is { } fault)
        {
            await AnswerWithFaultAsync(http, fault);
            return;
        }

        await next(http);
    }

    private ResponseFault? FindFault(HttpContext http)
    {
        var faults = context.Faults.ResponseFaults;
        for (var i = 0; i < faults.Count; i++)
        {
            if (faults[i].Matches(http.Request.Path) && faults[i].TryConsume())
            {
                return faults[i];
            }
        }

        return null;
    }

    private static Task AnswerWithFaultAsync(HttpContext http, ResponseFault fault) => fault.Kind switch
    {
        ResponseFaultKind.PlainText500 => JsonResponses.WritePlainTextErrorAsync(http),
        ResponseFaultKind.MalformedJson => JsonResponses.WriteBytesAsync(http, StatusCodes.Status200OK, JsonResponses.JsonContentType, MalformedJsonBody),
        _ => JsonResponses.WriteDetailAsync(http, fault.StatusCode, "Injected fault"),
    };
}
