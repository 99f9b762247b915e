using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Admin;

/// <summary>
/// The simulator's own control routes under <c>/_simulator/</c>: faults, restart and the clock offset. They never
/// need the API key, but answer only loopback clients (others get the ordinary 404).
/// </summary>
internal sealed class AdminEndpoints(SimulatorContext context)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(AdminPaths.Prefix + "/faults", LoopbackOnly(WriteFaultsAsync));
        routes.MapPut(AdminPaths.Prefix + "/faults", LoopbackOnly(UpdateFaultsAsync));
        routes.MapDelete(AdminPaths.Prefix + "/faults", LoopbackOnly(ResetFaultsAsync));
        routes.MapPost(AdminPaths.Prefix + "/restart", LoopbackOnly(RestartAsync));
        routes.MapGet(AdminPaths.Prefix + "/clock", LoopbackOnly(WriteClockAsync));
        routes.MapPost(AdminPaths.Prefix + "/clock", LoopbackOnly(AdvanceClockAsync));
    }

    private static RequestDelegate LoopbackOnly(RequestDelegate handler) => http =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)
            ? handler(http)
            : JsonResponses.WriteDetailAsync(http, StatusCodes.Status404NotFound, "Not Found");

    private Task WriteFaultsAsync(HttpContext http) =>
        JsonResponses.WriteJsonAsync(http, StatusCodes.Status200OK, context.Faults, FaultsDocument.Write);

    private async Task UpdateFaultsAsync(HttpContext http)
    {
        try
        {
            var document = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject
                ?? throw new FormatException("The body must be a JSON object.");
            FaultsDocument.Apply(document, context.Faults);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, exception.Message);
            return;
        }

        await WriteFaultsAsync(http);
    }

    private Task ResetFaultsAsync(HttpContext http)
    {
        context.Faults.Reset();
        return WriteFaultsAsync(http);
    }

    private async Task RestartAsync(HttpContext http)
    {
        await context.RestartAsync();
        await JsonResponses.WriteJsonAsync(http, StatusCodes.Status200OK, 0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteBoolean("restarted", true);
            w.WriteEndObject();
        });
    }

    private async Task AdvanceClockAsync(HttpContext http)
    {
        double seconds;
        try
        {
            var document = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            seconds = document?["advance_seconds"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                ? v.GetValue<double>()
                : throw new FormatException("Send {\"advance_seconds\": <number>}.");
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, exception.Message);
            return;
        }

        if (seconds < 0)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, "The clock only moves forward.");
            return;
        }

        context.Clock.Advance(TimeSpan.FromSeconds(seconds));
        await WriteClockAsync(http);
    }

    private Task WriteClockAsync(HttpContext http) =>
        JsonResponses.WriteJsonAsync(http, StatusCodes.Status200OK, context.Clock, static (w, clock) =>
        {
            w.WriteStartObject();
            w.WriteNumber("now", clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0);
            w.WriteNumber("offset_seconds", clock.Offset.TotalSeconds);
            w.WriteEndObject();
        });
}
