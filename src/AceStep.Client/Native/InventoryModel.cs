namespace AceStep.Client;

/// <summary>A DiT model known to the server.</summary>
public sealed record InventoryModel(string Name, bool IsDefault, bool IsLoaded, IReadOnlyList<string> SupportedTaskTypes);
