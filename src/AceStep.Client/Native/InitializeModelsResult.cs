namespace AceStep.Client;

/// <summary>The answer of <c>POST /v1/init</c>.</summary>
public sealed record InitializeModelsResult
{
    public string? Message { get; init; }

    public int? Slot { get; init; }

    public string? LoadedModel { get; init; }

    public string? LoadedLmModel { get; init; }

    public bool? LlmInitialized { get; init; }
}
