namespace AceStep.Providers.Gemini;

/// <summary>What to draw: the prompt, the shape (<see cref="ImageAspectRatios"/>) and the resolution (<see cref="ImageSizes"/>).</summary>
public sealed record ImageGenerationRequest(string Prompt)
{
    public string AspectRatio { get; init; } = ImageAspectRatios.Default;

    public string Size { get; init; } = ImageSizes.Default;
}
