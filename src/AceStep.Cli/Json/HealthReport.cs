namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep health</c>.</summary>
internal sealed record HealthReport
{
    public required string Server { get; init; }

    public required bool Ok { get; init; }

    public string? Status { get; init; }

    public string? Service { get; init; }

    public string? Version { get; init; }

    public bool? ModelsInitialized { get; init; }

    public bool? LlmInitialized { get; init; }

    public string? LoadedModel { get; init; }

    public string? LoadedLmModel { get; init; }
}
