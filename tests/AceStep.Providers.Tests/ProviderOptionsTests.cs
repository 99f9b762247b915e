using AceStep.Providers.ElevenLabs;
using AceStep.Providers.Gemini;
using AceStep.Providers.OpenAi;

namespace AceStep.Providers.Tests;

public sealed class ProviderOptionsTests
{
    [Fact]
    public void The_defaults_are_the_public_services_and_their_documented_models()
    {
        var openAi = new OpenAiTranscriberOptions();
        var elevenLabs = new ElevenLabsTranscriberOptions();
        var gemini = new GeminiImageGeneratorOptions();

        Assert.Equal(("https://api.openai.com/v1", "whisper-1"), (openAi.Endpoint.OriginalString, openAi.Model));
        Assert.Equal(("https://api.elevenlabs.io/v1", "scribe_v2"), (elevenLabs.Endpoint.OriginalString, elevenLabs.Model));
        Assert.Equal(("https://generativelanguage.googleapis.com/v1beta", "gemini-3.1-flash-image"), (gemini.Endpoint.OriginalString, gemini.Model));
        Assert.Equal(3, openAi.MaxRetries);
    }

    [Fact]
    public void The_text_of_options_names_the_endpoint_without_credentials_and_never_the_key()
    {
        var options = new OpenAiTranscriberOptions { Endpoint = new Uri("https://user:secret@proxy.example/v1?token=abc"), ApiKey = "sk-hidden" };

        Assert.Equal("OpenAiTranscriberOptions { Endpoint = https://proxy.example/v1, ApiKey = set }", options.ToString());
    }

    [Fact]
    public void An_endpoint_that_is_not_http_is_refused_without_its_credentials()
    {
        var error = Assert.Throws<ArgumentException>(() => new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = new Uri("ftp://user:secret@host/v1"), ApiKey = "k" }));

        Assert.Contains("must be an absolute http or https URL, not 'ftp://host/v1'", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Negative_retries_and_non_positive_timeouts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ElevenLabsTranscriber(new ElevenLabsTranscriberOptions { ApiKey = "k", MaxRetries = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ElevenLabsTranscriber(new ElevenLabsTranscriberOptions { ApiKey = "k", RequestTimeout = TimeSpan.Zero }));
    }

    [Theory]
    [InlineData("16:9", true)]
    [InlineData("21:9", true)]
    [InlineData("16:10", false)]
    [InlineData(null, false)]
    public void Aspect_ratios_are_checked_against_the_ones_gemini_accepts(string? ratio, bool supported)
    {
        Assert.Equal(supported, ImageAspectRatios.IsSupported(ratio));
    }
}
