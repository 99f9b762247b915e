namespace AceStep.Client;

/// <summary>The answer of <c>GET /v1/model_inventory</c> (version B only).</summary>
public sealed record ModelInventory
{
    public IReadOnlyList<InventoryModel> Models { get; init; } = [];

    public string? DefaultModel { get; init; }

    public IReadOnlyList<InventoryLmModel> LmModels { get; init; } = [];

    public string? LoadedLmModel { get; init; }

    public bool? LlmInitialized { get; init; }
}
