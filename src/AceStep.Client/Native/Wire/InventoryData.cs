namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of <c>/v1/model_inventory</c>.</summary>
internal sealed class InventoryData
{
    public List<InventoryModelData>? Models { get; set; }

    public string? DefaultModel { get; set; }

    public List<InventoryLmData>? LmModels { get; set; }

    public string? LoadedLmModel { get; set; }

    public bool? LlmInitialized { get; set; }
}
