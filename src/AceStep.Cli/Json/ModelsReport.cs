namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep models</c>.</summary>
internal sealed record ModelsReport(string Server, IReadOnlyList<ModelEntry> Models);
