using System.Text.Json;
using AceStep.Simulator.Jobs;

namespace AceStep.Simulator.Endpoints;

/// <summary>The model lists shared by /v1/model_inventory and /v1/init (see docs/protocol.md, "Other routes").</summary>
internal static class ModelInventoryWriter
{
    public static void WriteModels(Utf8JsonWriter w, ModelState models)
    {
        w.WriteStartArray("models");
        foreach (var (name, isTurbo) in ModelNames.Checkpoints)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteBoolean("is_default", name == models.LoadedModel);
            w.WriteBoolean("is_loaded", models.ModelsInitialized && name == models.LoadedModel);
            w.WriteStartArray("supported_task_types");
            foreach (var taskType in isTurbo ? ModelNames.TurboTaskTypes : ModelNames.AllTaskTypes)
            {
                w.WriteStringValue(taskType);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteLanguageModels(Utf8JsonWriter w, ModelState models)
    {
        w.WriteStartArray("lm_models");
        if (models.LmInstalled)
        {
            w.WriteStartObject();
            w.WriteString("name", ModelNames.LanguageModel);
            w.WriteBoolean("is_loaded", models.LlmInitialized);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteLoadedLanguageModel(Utf8JsonWriter w, ModelState models)
    {
        if (models.LlmInitialized)
        {
            w.WriteString("loaded_lm_model", ModelNames.LanguageModel);
        }
        else
        {
            w.WriteNull("loaded_lm_model");
        }
    }
}
