namespace AceStep.Client.Native.Wire;

/// <summary>A language model of <c>/v1/model_inventory</c>.</summary>
internal sealed class InventoryLmData
{
    public string? Name { get; set; }

    public bool? IsLoaded { get; set; }
}
