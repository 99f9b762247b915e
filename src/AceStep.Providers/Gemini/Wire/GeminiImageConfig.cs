namespace AceStep.Providers.Gemini.Wire;

internal sealed class GeminiImageConfig
{
    public required string AspectRatio { get; init; }

    public required string ImageSize { get; init; }
}
