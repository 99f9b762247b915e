using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// The checks every header-auth, typed-body route (/v1/init, /v1/lora/*, /v1/transcribe) makes first, in the
/// server's order: the body's JSON syntax (422) before auth (401), then a body that is an object (422).
/// </summary>
internal static class TypedBodyPreamble
{
    /// <returns>The body, or null when an answer was written.</returns>
    public static async Task<JsonObject?> CheckAsync(HttpContext http, SimulatorContext context, (JsonObject? Body, bool Malformed) read)
    {
        if (read.Malformed)
        {
            await TypedBodyErrors.WriteJsonInvalidAsync(http);
            return null;
        }

        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
            return null;
        }

        if (read.Body is null)
        {
            await TypedBodyErrors.WriteNotAnObjectAsync(http);
            return null;
        }

        return read.Body;
    }
}
