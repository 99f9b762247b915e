using System.Net.Http.Headers;
using System.Text.Json;
using AceStep.Providers.Gemini.Wire;
using AceStep.Providers.Transport;

namespace AceStep.Providers.Gemini;

/// <summary>
/// Draws an image with Gemini's <c>POST {api_url}/models/{model}:generateContent</c>, asking for an image only, in the
/// requested aspect ratio and size; the key travels in <c>x-goog-api-key</c>, never in the URL. Immutable and thread-safe.
/// </summary>
public sealed class GeminiImageGenerator : IDisposable
{
    private readonly ProviderTransport transport;
    private readonly int maxImageBytes;

    public GeminiImageGenerator(GeminiImageGeneratorOptions options)
        : this(options, null)
    {
    }

    /// <summary>Uses the caller's <paramref name="http"/> (not disposed here); its own timeout should be off or longer than <see cref="ProviderOptions.RequestTimeout"/>.</summary>
    public GeminiImageGenerator(HttpClient http, GeminiImageGeneratorOptions options)
        : this(options, http ?? throw new ArgumentNullException(nameof(http)))
    {
    }

    private GeminiImageGenerator(GeminiImageGeneratorOptions options, HttpClient? http)
    {
        transport = new ProviderTransport(Settings(options), http);
        Model = options.Model;
        maxImageBytes = options.MaxImageBytes;
    }

    public string Model { get; }

    public async Task<GeneratedImage> GenerateAsync(ImageGenerationRequest request, CancellationToken cancellationToken = default)
    {
        var body = CreateBody(request);
        var operation = $"POST /models/{Model}:generateContent";
        var response = await transport.SendAsync(
            new ProviderRequest(operation, $"models/{Model}:generateContent", () => JsonContent(body), MaxResponseBytes()),
            cancellationToken).ConfigureAwait(false);
        var answer = ResponseJson.Read(response, GeminiJsonContext.Default.GeminiResponse, transport.Settings, operation);
        return new GeminiAnswerReader(transport.Settings, operation, Model, maxImageBytes).ImageFrom(answer);
    }

    public void Dispose() => transport.Dispose();

    private static GeminiRequest CreateBody(ImageGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw new ArgumentException("The image prompt is empty: describe the picture to draw.", nameof(request));
        }

        if (!ImageAspectRatios.IsSupported(request.AspectRatio))
        {
            throw new ArgumentException($"Aspect ratio '{request.AspectRatio}' is not one Gemini accepts; use one of {string.Join(", ", ImageAspectRatios.All)}.", nameof(request));
        }

        var size = ImageSizes.Normalize(request.Size)
            ?? throw new ArgumentException($"Image size '{request.Size}' is not one Gemini accepts; use one of {string.Join(", ", ImageSizes.All)}.", nameof(request));
        return new GeminiRequest
        {
            Contents = [new GeminiContent { Role = "user", Parts = [new GeminiPart { Text = request.Prompt.Trim() }] }],
            GenerationConfig = new GeminiGenerationConfig
            {
                ResponseModalities = ["IMAGE"],
                ImageConfig = new GeminiImageConfig { AspectRatio = request.AspectRatio.Trim(), ImageSize = size },
            },
        };
    }

    private static ByteArrayContent JsonContent(GeminiRequest body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, GeminiJsonContext.Default.GeminiRequest));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>Base64 takes four bytes for three, plus room for the JSON around the image.</summary>
    private int MaxResponseBytes() => (int)Math.Min(int.MaxValue, ((long)maxImageBytes * 4 / 3) + (1024 * 1024));

    private static ProviderSettings Settings(GeminiImageGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        if (!options.Model.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
        {
            throw new ArgumentException($"'{options.Model}' is not a Gemini model name (letters, digits, '-', '.', '_').", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxImageBytes);
        return ProviderSettings.From(options, ProviderIdentity.Gemini);
    }
}
