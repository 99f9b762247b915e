namespace AceStep.Providers.Gemini.Wire;

/// <summary>A text or an inline image. Thinking models may send interim images marked <c>thought</c>, which are not the result.</summary>
internal sealed class GeminiPart
{
    public string? Text { get; set; }

    public GeminiInlineData? InlineData { get; set; }

    public bool? Thought { get; set; }
}
