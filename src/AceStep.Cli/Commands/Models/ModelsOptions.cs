namespace AceStep.Cli.Commands.Models;

/// <summary><c>acestep models</c>, parsed: the loaded models, or with --inventory every model the server could load.</summary>
internal sealed record ModelsOptions(bool Inventory);
