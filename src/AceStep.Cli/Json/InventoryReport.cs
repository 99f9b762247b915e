using AceStep.Client;

namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep models --inventory</c>.</summary>
internal sealed record InventoryReport(
    string Server,
    string? DefaultModel,
    IReadOnlyList<InventoryModelEntry> Models,
    IReadOnlyList<InventoryLmEntry> LmModels,
    string? LoadedLmModel,
    bool? LlmInitialized)
{
    public static InventoryReport Of(string server, ModelInventory inventory) => new(
        server,
        inventory.DefaultModel,
        [.. inventory.Models.Select(static m => new InventoryModelEntry(m.Name, m.IsDefault, m.IsLoaded, m.SupportedTaskTypes))],
        [.. inventory.LmModels.Select(static m => new InventoryLmEntry(m.Name, m.IsLoaded))],
        inventory.LoadedLmModel,
        inventory.LlmInitialized);
}

internal sealed record InventoryModelEntry(string Name, bool IsDefault, bool IsLoaded, IReadOnlyList<string> SupportedTaskTypes);

internal sealed record InventoryLmEntry(string Name, bool IsLoaded);
