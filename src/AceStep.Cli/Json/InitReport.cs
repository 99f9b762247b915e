namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep init</c>.</summary>
internal sealed record InitReport(string Server, string? Message, string? LoadedModel, string? LoadedLmModel, bool? LlmInitialized, double Seconds);
