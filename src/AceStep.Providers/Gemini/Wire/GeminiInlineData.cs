namespace AceStep.Providers.Gemini.Wire;

internal sealed class GeminiInlineData
{
    public string? MimeType { get; set; }

    /// <summary>Base64 in the JSON; the serializer refuses anything that is not valid base64.</summary>
    public byte[]? Data { get; set; }
}
