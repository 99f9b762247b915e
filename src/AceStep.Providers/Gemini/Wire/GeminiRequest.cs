namespace AceStep.Providers.Gemini.Wire;

/// <summary>The body of <c>models/{model}:generateContent</c>: one user turn with the prompt, asking for an image only.</summary>
internal sealed class GeminiRequest
{
    public required List<GeminiContent> Contents { get; init; }

    public required GeminiGenerationConfig GenerationConfig { get; init; }
}
