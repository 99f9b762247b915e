namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of <c>/v1/init</c>.</summary>
internal sealed class InitData
{
    public string? Message { get; set; }

    public int? Slot { get; set; }

    public string? LoadedModel { get; set; }

    public string? LoadedLmModel { get; set; }

    public bool? LlmInitialized { get; set; }
}
