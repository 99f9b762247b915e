namespace AceStep.Client;

/// <summary>A 5 Hz language model known to the server.</summary>
public sealed record InventoryLmModel(string Name, bool IsLoaded);
