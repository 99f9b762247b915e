namespace AceStep.Client.Native.Wire;

/// <summary>A model of <c>/v1/model_inventory</c>.</summary>
internal sealed class InventoryModelData
{
    public string? Name { get; set; }

    public bool? IsDefault { get; set; }

    public bool? IsLoaded { get; set; }

    public List<string>? SupportedTaskTypes { get; set; }
}
