namespace AceStep.Client.Native;

/// <summary>
/// Reads the server's LM state from what its version offers (see docs/protocol.md, "Other routes" and "Job lifecycle"):
/// version B's /health once its models are up, else B's model inventory; version A offers nothing.
/// </summary>
internal static class LanguageModelProbe
{
    public static async Task<LanguageModelPresence> ProbeAsync(NativeApi native, HealthInfo health, CancellationToken cancellationToken)
    {
        if (!health.HasModelState)
        {
            return LanguageModelPresence.Unknown;
        }

        if (health.LlmInitialized == true)
        {
            return LanguageModelPresence.Loaded;
        }

        if (health.ModelsInitialized == true)
        {
            // The LM loads with the models when the GPU tier allows it, so after the load its absence is final.
            return LanguageModelPresence.Missing;
        }

        // A lazy version-B server has loaded nothing yet: an LM is coming only if its folder is there.
        try
        {
            var inventory = await native.GetModelInventoryAsync(cancellationToken).ConfigureAwait(false);
            return inventory.LmModels.Count == 0 ? LanguageModelPresence.Missing : LanguageModelPresence.Unknown;
        }
        catch (AceStepException ex) when (ex is not AceStepUnreachableException)
        {
            return LanguageModelPresence.Unknown;
        }
    }
}
