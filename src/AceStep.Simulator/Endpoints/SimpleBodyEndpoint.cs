using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// The shared shape of /format_input, /create_random_sample and /v1/create_sample: the body is read and its token
/// checked first (a bad body is a plain 500 before any auth check), then, for the routes that run the language
/// model on request, whether it is available; only then does the route answer.
/// </summary>
internal abstract class SimpleBodyEndpoint(SimulatorContext context, bool runsLanguageModel)
{
    protected SimulatorContext Context => context;

    public async Task HandleAsync(HttpContext http)
    {
        if (await BodyAuthorization.ReadSimpleBodyAsync(http, context.Authorization) is not { } body)
        {
            return;
        }

        if (runsLanguageModel && LanguageModelAvailability.Check(context.Faults) is { } lmError)
        {
            await lmError.WriteAsync(http);
            return;
        }

        await AnswerAsync(http, body);
    }

    /// <summary>Answers a request whose body passed the checks.</summary>
    protected abstract Task AnswerAsync(HttpContext http, JsonObject body);
}
