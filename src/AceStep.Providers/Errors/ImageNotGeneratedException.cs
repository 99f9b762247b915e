namespace AceStep.Providers;

/// <summary>
/// Gemini answered without an image: the prompt was blocked (<c>promptFeedback.blockReason</c>), the image was
/// withheld (<c>finishReason</c> such as <c>IMAGE_SAFETY</c>), or the model only wrote text.
/// </summary>
public sealed class ImageNotGeneratedException : ProviderException
{
    public ImageNotGeneratedException(string message, ProviderErrorDetails details, string? blockReason, string? finishReason, string? modelText)
        : base(message, details)
    {
        BlockReason = blockReason;
        FinishReason = finishReason;
        ModelText = modelText;
    }

    /// <summary><c>promptFeedback.blockReason</c> (e.g. <c>PROHIBITED_CONTENT</c>, <c>SAFETY</c>) when the prompt itself was blocked.</summary>
    public string? BlockReason { get; }

    /// <summary>The candidate's <c>finishReason</c> (e.g. <c>IMAGE_SAFETY</c>, <c>NO_IMAGE</c>) when it ended without an image.</summary>
    public string? FinishReason { get; }

    /// <summary>Text the model wrote instead of an image, shortened.</summary>
    public string? ModelText { get; }
}
