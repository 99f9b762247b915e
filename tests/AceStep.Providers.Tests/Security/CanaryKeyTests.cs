using AceStep.Lyrics.Transcription;
using AceStep.Providers.ElevenLabs;
using AceStep.Providers.Gemini;
using AceStep.Providers.OpenAi;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Faults;
using Microsoft.Extensions.Time.Testing;

namespace AceStep.Providers.Tests.Security;

/// <summary>
/// A canary key per provider goes down every error path (wrong key, each fault kind, bad answers, local errors); no
/// piece of it may appear in any exception's message or <c>ToString</c>, in the options' text, or in any URL sent.
/// </summary>
public sealed class CanaryKeyTests : IAsyncLifetime
{
    private static readonly ProviderFaultKind[] FaultKinds =
        [ProviderFaultKind.Status, ProviderFaultKind.HtmlPage, ProviderFaultKind.RateLimited, ProviderFaultKind.QuotaExhausted, ProviderFaultKind.DropConnection, ProviderFaultKind.MalformedJson, ProviderFaultKind.Delay];

    private readonly TestAudio audio = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private ProviderFakesHost host = null!;

    public async Task InitializeAsync() =>
        host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { OpenAiApiKey = "sk-the-right-one-0000", ElevenLabsApiKey = "xi-right", GeminiApiKey = "AIza-right", TimeProvider = clock });

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        audio.Dispose();
    }

    [Fact]
    public async Task The_OpenAI_key_never_appears_on_any_error_path()
    {
        var options = new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi, TimeProvider = clock, MaxRetries = 1, RequestTimeout = TimeSpan.FromSeconds(5) };
        using var transcriber = new OpenAiTranscriber(options);
        var song = audio.Write("song.mp3");

        var errors = await EveryPathAsync("openai", () => transcriber.TranscribeAsync(new TranscriptionRequest(song)));
        errors.Add(await Record(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.WriteSparse("big.wav", OpenAiTranscriberOptions.MaxUploadBytes + 1)))));
        errors.Add(await Record(() => transcriber.TranscribeAsync(new TranscriptionRequest(Path.Combine(audio.Folder, "missing.mp3")))));

        AssertNoLeak(Keys.OpenAi, errors, options.ToString());
        Assert.Contains(errors, error => error.Contains("Incorrect API key provided: [redacted]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_ElevenLabs_key_never_appears_on_any_error_path()
    {
        var options = new ElevenLabsTranscriberOptions { Endpoint = host.ElevenLabsEndpoint, ApiKey = Keys.ElevenLabs, TimeProvider = clock, MaxRetries = 1, RequestTimeout = TimeSpan.FromSeconds(5) };
        using var transcriber = new ElevenLabsTranscriber(options);
        var song = audio.Write("song.mp3");

        var errors = await EveryPathAsync("elevenlabs", () => transcriber.TranscribeAsync(new TranscriptionRequest(song)));

        AssertNoLeak(Keys.ElevenLabs, errors, options.ToString());
    }

    [Fact]
    public async Task The_Gemini_key_never_appears_on_any_error_path()
    {
        var options = new GeminiImageGeneratorOptions { Endpoint = host.GeminiEndpoint, ApiKey = Keys.Gemini, TimeProvider = clock, MaxRetries = 1, RequestTimeout = TimeSpan.FromSeconds(5) };
        using var generator = new GeminiImageGenerator(options);

        var errors = await EveryPathAsync("gemini", () => generator.GenerateAsync(new ImageGenerationRequest("A lake") { Size = "1K" }));
        errors.Add(await Record(() => generator.GenerateAsync(new ImageGenerationRequest("a forbidden lake"))));

        AssertNoLeak(Keys.Gemini, errors, options.ToString());
    }

    [Fact]
    public void A_missing_or_broken_key_is_refused_at_construction_without_quoting_it()
    {
        var noKey = Assert.Throws<ArgumentException>(() => new OpenAiTranscriber(new OpenAiTranscriberOptions()));
        var broken = Assert.Throws<ArgumentException>(() => new GeminiImageGenerator(new GeminiImageGeneratorOptions { ApiKey = Keys.Gemini + "\n" + "X-Injected: 1" }));

        Assert.Contains("No OpenAI API key is set. Get one at https://platform.openai.com/api-keys.", noKey.Message);
        Assert.Contains("contains a line break", broken.Message);
        AssertNoLeak(Keys.Gemini, [broken.ToString()]);
    }

    /// <summary>The wrong-key answer first (the fakes expect other keys), then each fault kind with the right key refused the same way.</summary>
    private async Task<List<string>> EveryPathAsync(string provider, Func<Task> call)
    {
        var errors = new List<string> { await Record(call) };
        foreach (var kind in FaultKinds)
        {
            host.Fakes.Faults.Replace([new ProviderFault(provider, kind, 503, Count: 0, Seconds: 30)]);
            errors.Add(await Record(call));
        }

        host.Fakes.Faults.Reset();
        foreach (var request in host.Fakes.Requests.All)
        {
            errors.Add(request.Path + request.Query);
        }

        return errors;
    }

    private async Task<string> Record(Func<Task> call)
    {
        var run = call();
        await ClockDriver.RunAsync(clock, run, TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => run);
        return error.ToString();
    }

    private static void AssertNoLeak(string key, IReadOnlyList<string> texts, string? optionsText = null)
    {
        if (optionsText is not null)
        {
            Assert.Contains("ApiKey = set", optionsText, StringComparison.Ordinal);
        }

        foreach (var fragment in Keys.Fragments(key))
        {
            Assert.All(texts.Append(optionsText ?? string.Empty), text => Assert.DoesNotContain(fragment, text, StringComparison.Ordinal));
        }
    }
}
