using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Requests;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// The preamble of the body-authenticated routes (see docs/protocol.md, "Authentication"): the body is parsed first, so a bad body is a plain
/// 500 before any auth check, and the token it carries (or the header) decides the 401.
/// </summary>
internal static class BodyAuthorization
{
    /// <summary>
    /// Reads the body of /format_input, /create_random_sample and /v1/create_sample and checks its token.
    /// Returns null once the plain 500 or the 401 has been written.
    /// </summary>
    public static async Task<JsonObject?> ReadSimpleBodyAsync(HttpContext http, ApiAuthorization authorization)
    {
        var body = await SimpleBodyReader.ReadAsync(http.Request);
        if (body is null)
        {
            await JsonResponses.WritePlainTextErrorAsync(http);
            return null;
        }

        return await AdmitAsync(http, authorization, AiToken.From(body)) ? body : null;
    }

    /// <summary>Checks an already parsed body's token; writes the 401 and returns false when it does not pass.</summary>
    public static async Task<bool> AdmitAsync(HttpContext http, ApiAuthorization authorization, AiToken token)
    {
        if (authorization.CheckBody(token, http.Request) is not { } authError)
        {
            return true;
        }

        await JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
        return false;
    }
}
