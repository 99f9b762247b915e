namespace AceStep.Cli.Commands.Lora;

/// <summary>What <c>acestep lora</c> does.</summary>
internal enum LoraAction
{
    List,
    Load,
    Unload,
    Scale,
    Enable,
    Disable,
}

/// <summary>
/// <c>acestep lora ACTION</c>, parsed. <see cref="Path"/> is a path on the server's machine (never read here);
/// <see cref="Scale"/> is checked to 0–1.
/// </summary>
internal sealed record LoraOptions(LoraAction Action, string? Path = null, string? AdapterName = null, double? Scale = null);
