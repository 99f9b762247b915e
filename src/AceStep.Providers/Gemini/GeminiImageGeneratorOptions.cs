namespace AceStep.Providers.Gemini;

/// <summary>Settings of <see cref="GeminiImageGenerator"/>; the defaults talk to Google's Gemini API.</summary>
public sealed class GeminiImageGeneratorOptions : ProviderOptions
{
    public static readonly Uri DefaultEndpoint = new("https://generativelanguage.googleapis.com/v1beta");

    /// <summary>A generated 4K image is a few MiB; anything far beyond that is not an image answer.</summary>
    public const int DefaultMaxImageBytes = 40 * 1024 * 1024;

    public GeminiImageGeneratorOptions()
        : base(DefaultEndpoint, TimeSpan.FromMinutes(3))
    {
    }

    /// <summary>
    /// The image model: Gemini 3.1 Flash Image ("Nano Banana 2"), the generally available successor of the
    /// <c>gemini-3.1-flash-image-preview</c> model the original thumbnail script used.
    /// </summary>
    public string Model { get; set; } = "gemini-3.1-flash-image";

    /// <summary>Largest decoded image accepted; a bigger one is refused as a broken answer.</summary>
    public int MaxImageBytes { get; set; } = DefaultMaxImageBytes;
}
