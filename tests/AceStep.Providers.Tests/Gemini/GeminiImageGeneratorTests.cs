using System.Buffers.Binary;
using System.Text.Json;
using AceStep.Providers.Gemini;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;

namespace AceStep.Providers.Tests.Gemini;

public sealed class GeminiImageGeneratorTests : IAsyncLifetime
{
    private ProviderFakesHost host = null!;

    public async Task InitializeAsync() => host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { GeminiApiKey = Keys.Gemini });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("16:9", "2K", 2752, 1536)]
    [InlineData("9:16", "1K", 768, 1376)]
    [InlineData("1:1", "1k", 1024, 1024)]
    [InlineData("21:9", "1K", 1584, 672)]
    public async Task The_image_comes_back_as_a_png_of_the_requested_shape_and_size(string ratio, string size, int width, int height)
    {
        using var generator = Generator();

        var image = await generator.GenerateAsync(new ImageGenerationRequest("A neon city at night, no text or letters") { AspectRatio = ratio, Size = size });

        Assert.Equal(("image/png", "png", "gemini-3.1-flash-image"), (image.MimeType, image.Extension, image.Model));
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(image.Bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(image.Bytes.AsSpan(20))));
    }

    [Fact]
    public async Task The_key_travels_in_the_goog_header_never_in_the_url_and_the_body_asks_for_an_image_only()
    {
        using var generator = Generator();

        await generator.GenerateAsync(new ImageGenerationRequest("A quiet lake") { AspectRatio = "4:3", Size = "1K" });

        var request = Assert.Single(host.Fakes.Requests.All);
        Assert.Equal("/v1beta/models/gemini-3.1-flash-image:generateContent", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Contains("x-goog-api-key", request.HeaderNames);
        using var body = JsonDocument.Parse(request.Body!);
        var config = body.RootElement.GetProperty("generationConfig");
        Assert.Equal("IMAGE", Assert.Single(config.GetProperty("responseModalities").EnumerateArray()).GetString());
        Assert.Equal("4:3", config.GetProperty("imageConfig").GetProperty("aspectRatio").GetString());
        Assert.Equal("1K", config.GetProperty("imageConfig").GetProperty("imageSize").GetString());
        Assert.Equal("A quiet lake", body.RootElement.GetProperty("contents")[0].GetProperty("parts")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("16:10", "1K", "Aspect ratio '16:10' is not one Gemini accepts; use one of 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 4:5, 5:4, 21:9.")]
    [InlineData("16:9", "8K", "Image size '8K' is not one Gemini accepts; use one of 1K, 2K, 4K.")]
    [InlineData("16:9", "2K", "The image prompt is empty: describe the picture to draw.")]
    public async Task Bad_input_is_refused_before_any_request(string ratio, string size, string message)
    {
        using var generator = Generator();
        var prompt = message.Contains("prompt", StringComparison.Ordinal) ? "  " : "A lake";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest(prompt) { AspectRatio = ratio, Size = size }));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task A_blocked_prompt_reports_its_block_reason()
    {
        using var generator = Generator();

        var error = await Assert.ThrowsAsync<ImageNotGeneratedException>(() => generator.GenerateAsync(new ImageGenerationRequest("a forbidden scene")));

        Assert.Equal("PROHIBITED_CONTENT", error.BlockReason);
        Assert.Contains("the prompt was blocked (blockReason PROHIBITED_CONTENT)", error.Message);
        Assert.Contains("Rephrase the prompt", error.Message);
    }

    [Fact]
    public async Task A_withheld_image_reports_the_finish_reason_and_message()
    {
        using var generator = Generator();

        var error = await Assert.ThrowsAsync<ImageNotGeneratedException>(() => generator.GenerateAsync(new ImageGenerationRequest("an unsafe scene")));

        Assert.Equal("IMAGE_SAFETY", error.FinishReason);
        Assert.Null(error.BlockReason);
        Assert.Contains("finishReason IMAGE_SAFETY", error.Message);
        Assert.Contains("Prohibited Use policy", error.Message);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_although_gemini_answers_400()
    {
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = "AIza-wrong" });

        var error = await Assert.ThrowsAsync<ProviderAuthenticationException>(() => generator.GenerateAsync(new ImageGenerationRequest("A lake")));

        Assert.Equal((400, "API_KEY_INVALID"), (error.StatusCode, error.ProviderCode));
        Assert.Contains("API key not valid. Please pass a valid API key.", error.Message);
        Assert.Contains("https://aistudio.google.com/apikey", error.Message);
    }

    [Fact]
    public async Task An_unknown_model_is_rejected_with_googles_message()
    {
        using var generator = new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = Keys.Gemini, Model = "gemini-9-image" });

        var error = await Assert.ThrowsAsync<ProviderRequestRejectedException>(() => generator.GenerateAsync(new ImageGenerationRequest("A lake")));

        Assert.Equal((404, "NOT_FOUND"), (error.StatusCode, error.ProviderCode));
        Assert.Contains("models/gemini-9-image is not found for API version v1beta", error.Message);
    }

    [Fact]
    public void A_model_name_that_would_change_the_path_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new GeminiImageGenerator(new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = Keys.Gemini, Model = "../files" }));

        Assert.Contains("is not a Gemini model name", error.Message);
    }

    private GeminiImageGenerator Generator() => new(new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = Keys.Gemini });
}
