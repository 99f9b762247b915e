using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>GET /health (no auth). Version A reports three fields, B seven.</summary>
internal sealed class HealthEndpoint(SimulatorContext context)
{
    public Task HandleAsync(HttpContext http) =>
        JsonResponses.WriteEnvelopeAsync(http, context.Clock, context, static (w, c) =>
        {
            w.WriteStartObject();
            w.WriteString("status", "ok");
            w.WriteString("service", "ACE-Step API");
            w.WriteString("version", "1.0");
            if (c.IsVersionB)
            {
                var models = c.Runtime.Models;
                w.WriteBoolean("models_initialized", models.ModelsInitialized);
                w.WriteBoolean("llm_initialized", models.LlmInitialized);
                w.WriteString("loaded_model", models.LoadedModel);
                if (models.LlmInitialized)
                {
                    w.WriteString("loaded_lm_model", ModelNames.LanguageModel);
                }
                else
                {
                    w.WriteNull("loaded_lm_model");
                }
            }

            w.WriteEndObject();
        });
}
