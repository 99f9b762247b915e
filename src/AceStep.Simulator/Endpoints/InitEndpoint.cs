using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /v1/init [B] (header auth, typed body): loads or switches the primary model. Malformed JSON is a
/// 422 before auth; it waits for the running job (one executor); failures are soft envelope errors.
/// </summary>
internal sealed class InitEndpoint(SimulatorContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (await TypedBodyPreamble.CheckAsync(http, context, await TypedJsonBody.ReadAsync(http.Request)) is not { } body)
        {
            return;
        }

        var slotNode = body["slot"];
        var slot = 1;
        if (slotNode is not null && !TypedBodyErrors.TryReadSlot(slotNode, out slot))
        {
            await TypedBodyErrors.WriteSlotErrorAsync(http, slotNode);
            return;
        }

        var runtime = context.Runtime;
        await runtime.Executor.WaitAsync(http.RequestAborted);
        try
        {
            await InitializeAsync(http, runtime, slot, PythonValues.ToText(body["model"]));
        }
        finally
        {
            runtime.Executor.Release();
        }
    }

    private async Task InitializeAsync(HttpContext http, ServerRuntime runtime, int slot, string? model)
    {
        if (slot != 1)
        {
            await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 400,
                $"Slot {slot} is not available because ACESTEP_CONFIG_PATH{slot} was not set at startup. " +
                $"Restart the API with ACESTEP_CONFIG_PATH{slot} to enable this slot.");
            return;
        }

        var models = runtime.Models;
        var name = string.IsNullOrEmpty(model) ? models.LoadedModel : model;
        if (!ModelNames.Checkpoints.Any(checkpoint => checkpoint.Name == name))
        {
            await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 500, $"Model initialization failed: model '{name}' not found in checkpoints");
            return;
        }

        // Loading runs on the executor thread, not the event loop: /health keeps answering meanwhile.
        if (!models.ModelsInitialized || name != models.LoadedModel)
        {
            await Task.Delay(context.Faults.ModelLoadDelay, context.Clock, http.RequestAborted);
        }

        if (!models.TryInitialize(name, out var error))
        {
            await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 500, $"Model initialization failed: {error}");
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, models, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("message", "Model initialization completed");
            w.WriteNumber("slot", 1);
            w.WriteString("loaded_model", m.LoadedModel);
            ModelInventoryWriter.WriteLoadedLanguageModel(w, m);
            ModelInventoryWriter.WriteModels(w, m);
            ModelInventoryWriter.WriteLanguageModels(w, m);
            w.WriteBoolean("llm_initialized", m.LlmInitialized);
            w.WriteEndObject();
        });
    }
}
