using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>GET /v1/model_inventory [B] (header auth).</summary>
internal sealed class ModelInventoryEndpoint(SimulatorContext context)
{
    public Task HandleAsync(HttpContext http)
    {
        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            return JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
        }

        return JsonResponses.WriteEnvelopeAsync(http, context.Clock, context.Runtime.Models, static (w, models) =>
        {
            w.WriteStartObject();
            ModelInventoryWriter.WriteModels(w, models);
            w.WriteString("default_model", models.LoadedModel);
            ModelInventoryWriter.WriteLanguageModels(w, models);
            ModelInventoryWriter.WriteLoadedLanguageModel(w, models);
            w.WriteBoolean("llm_initialized", models.LlmInitialized);
            w.WriteEndObject();
        });
    }
}
