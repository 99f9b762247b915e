namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep lora</c>: the server's message for a change, and the adapters afterwards.</summary>
internal sealed record LoraReport(
    string Server,
    string Action,
    string? Message,
    bool Loaded,
    bool Enabled,
    double? Scale,
    string? ActiveAdapter,
    IReadOnlyList<string> Adapters,
    IReadOnlyDictionary<string, double> Scales);
