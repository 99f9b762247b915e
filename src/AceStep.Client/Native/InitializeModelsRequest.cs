namespace AceStep.Client;

/// <summary>Input of <c>POST /v1/init</c> (version B): load or switch models, e.g. to warm up a fresh server.</summary>
public sealed record InitializeModelsRequest
{
    /// <summary>The model to load; null keeps the slot's current model.</summary>
    public string? Model { get; init; }

    /// <summary>The model slot, 1–3.</summary>
    public int? Slot { get; init; }

    /// <summary>Also load the 5 Hz language model.</summary>
    public bool InitLlm { get; init; }

    public string? LmModelPath { get; init; }
}
