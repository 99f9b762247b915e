using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>POST /v1/reinitialize [B] (header auth): loads whatever is not loaded.</summary>
internal sealed class ReinitializeEndpoint(SimulatorContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
            return;
        }

        var runtime = context.Runtime;
        await runtime.Executor.WaitAsync(http.RequestAborted);
        try
        {
            var models = runtime.Models;
            var reloaded = new List<string>();
            if (!models.ModelsInitialized)
            {
                if (!models.TryInitialize(models.LoadedModel, out var error))
                {
                    await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 500, $"Reinitialization failed: {error}");
                    return;
                }

                reloaded.Add("DiT/VAE/Text Encoder");
                if (models.LlmInitialized)
                {
                    reloaded.Add("LLM");
                }
            }

            var message = reloaded.Count == 0
                ? "✅ Service reinitialized"
                : $"✅ Service reinitialized\n🔄 Reloaded: {string.Join(", ", reloaded)}";
            await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (message, reloaded), static (w, s) =>
            {
                w.WriteStartObject();
                w.WriteString("message", s.message);
                w.WriteStartArray("reloaded");
                foreach (var item in s.reloaded)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        finally
        {
            runtime.Executor.Release();
        }
    }
}
