namespace AceStep.Providers.Gemini.Wire;

internal sealed class GeminiGenerationConfig
{
    public required List<string> ResponseModalities { get; init; }

    public required GeminiImageConfig ImageConfig { get; init; }
}
