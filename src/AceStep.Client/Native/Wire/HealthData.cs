namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of <c>/health</c> (A: the first three members only).</summary>
internal sealed class HealthData
{
    public string? Status { get; set; }

    public string? Service { get; set; }

    public string? Version { get; set; }

    public bool? ModelsInitialized { get; set; }

    public bool? LlmInitialized { get; set; }

    public string? LoadedModel { get; set; }

    public string? LoadedLmModel { get; set; }
}
