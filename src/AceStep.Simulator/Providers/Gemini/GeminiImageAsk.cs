using System.Text.Json;

namespace AceStep.Simulator.Providers.Gemini;

/// <summary>What a <c>generateContent</c> body asks for: the prompt (the last user turn's text), whether an image is wanted, its shape and size.</summary>
internal sealed class GeminiImageAsk
{
    public string Prompt { get; private init; } = string.Empty;

    public bool WantsImage { get; private init; }

    public int Width { get; private init; }

    public int Height { get; private init; }

    /// <summary>Why the request is invalid (Gemini's 400 message), or null.</summary>
    public string? Problem { get; private init; }

    public static GeminiImageAsk Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array || contents.GetArrayLength() == 0)
        {
            return new GeminiImageAsk { Problem = "* GenerateContentRequest.contents: contents is not specified" };
        }

        var prompt = string.Join(' ', contents[contents.GetArrayLength() - 1].TryGetProperty("parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            ? parts.EnumerateArray().Where(static part => part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out _)).Select(static part => part.GetProperty("text").GetString())
            : []);
        var config = root.TryGetProperty("generationConfig", out var found) ? found : default;
        var wantsImage = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("responseModalities", out var modalities)
            && modalities.ValueKind == JsonValueKind.Array && modalities.EnumerateArray().Any(static m => m.GetString() == "IMAGE");
        var aspectRatio = ImageConfig(config, "aspectRatio") ?? "1:1";
        var size = ImageConfig(config, "imageSize") ?? "1K";
        if (ImageDimensions.For(aspectRatio, size) is not { } dimensions)
        {
            return new GeminiImageAsk
            {
                Problem = ImageDimensions.AspectRatios.Contains(aspectRatio)
                    ? $"Invalid value at 'generation_config.image_config.image_size' (\"{size}\"): supported sizes are 1K, 2K and 4K."
                    : $"Invalid value at 'generation_config.image_config.aspect_ratio' (\"{aspectRatio}\"): unsupported aspect ratio.",
            };
        }

        return string.IsNullOrWhiteSpace(prompt)
            ? new GeminiImageAsk { Problem = "* GenerateContentRequest.contents[0].parts: contents.parts must not be empty." }
            : new GeminiImageAsk { Prompt = prompt, WantsImage = wantsImage, Width = dimensions.Width, Height = dimensions.Height };
    }

    private static string? ImageConfig(JsonElement config, string name) =>
        config.ValueKind == JsonValueKind.Object && config.TryGetProperty("imageConfig", out var image) && image.ValueKind == JsonValueKind.Object
            && image.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
