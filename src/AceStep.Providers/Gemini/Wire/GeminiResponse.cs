namespace AceStep.Providers.Gemini.Wire;

/// <summary>
/// The answer of <c>generateContent</c>. A blocked prompt has <c>promptFeedback.blockReason</c> and no candidates; a
/// withheld answer has a candidate with a <c>finishReason</c> and no content.
/// </summary>
internal sealed class GeminiResponse
{
    public List<GeminiCandidate?>? Candidates { get; set; }

    public GeminiPromptFeedback? PromptFeedback { get; set; }

    public string? ModelVersion { get; set; }
}
