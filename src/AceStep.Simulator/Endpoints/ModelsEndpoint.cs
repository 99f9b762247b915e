using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// GET /v1/models: always the OpenRouter list, never the envelope, no auth (upstream's route shadowing).
/// Empty while version B has not loaded its models.
/// </summary>
internal sealed class ModelsEndpoint(SimulatorContext context)
{
    public Task HandleAsync(HttpContext http)
    {
        var models = context.Runtime.Models;
        var loaded = models.ModelsInitialized ? models.LoadedModel : null;
        var created = (context.Clock.GetUtcNow() - TimeSpan.FromDays(30)).ToUnixTimeSeconds();
        return JsonResponses.WriteJsonAsync(http, StatusCodes.Status200OK, (loaded, created), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            if (s.loaded is not null)
            {
                WriteModel(w, s.loaded, s.created);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteModel(System.Text.Json.Utf8JsonWriter w, string name, long created)
    {
        w.WriteStartObject();
        w.WriteString("id", "acestep/" + name);
        w.WriteString("name", "ACE-Step " + name);
        w.WriteNumber("created", created);
        w.WriteStartArray("input_modalities");
        w.WriteStringValue("text");
        w.WriteStringValue("audio");
        w.WriteEndArray();
        w.WriteStartArray("output_modalities");
        w.WriteStringValue("audio");
        w.WriteStringValue("text");
        w.WriteEndArray();
        w.WriteNumber("context_length", 4096);
        w.WriteNumber("max_output_length", 300);
        w.WriteStartObject("pricing");
        w.WriteString("prompt", "0");
        w.WriteString("completion", "0");
        w.WriteString("request", "0");
        w.WriteString("image", "0");
        w.WriteEndObject();
        w.WriteString("description", "AI music generation model");
        w.WriteNull("architecture");
        w.WriteEndObject();
    }
}
