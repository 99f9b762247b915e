namespace AceStep.Providers.Gemini.Wire;

internal sealed class GeminiContent
{
    public string? Role { get; set; }

    public List<GeminiPart?>? Parts { get; set; }
}
