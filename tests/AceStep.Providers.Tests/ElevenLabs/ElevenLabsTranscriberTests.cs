using AceStep.Lyrics.Transcription;
using AceStep.Providers.ElevenLabs;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Faults;

namespace AceStep.Providers.Tests.ElevenLabs;

public sealed class ElevenLabsTranscriberTests : IAsyncLifetime
{
    private readonly TestAudio audio = new();
    private ProviderFakesHost host = null!;

    public async Task InitializeAsync() => host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { ElevenLabsApiKey = Keys.ElevenLabs });

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        audio.Dispose();
    }

    [Fact]
    public async Task Only_word_items_are_kept_and_they_keep_their_punctuation()
    {
        var timeline = Timelines.English();
        var song = audio.Write("song.mp3");
        host.Fakes.Timelines.RegisterFile(song, timeline);
        host.Fakes.Faults.MisheardShare = 0;
        host.Fakes.Faults.MissedShare = 0;
        using var transcriber = Transcriber();

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(song));

        Assert.Equal(timeline.Words.Select(word => word.Text), transcript.Words.Select(word => word.Text));
        Assert.Contains(transcript.Words, word => word.Text == "calling,");
        Assert.DoesNotContain(transcript.Words, word => string.IsNullOrWhiteSpace(word.Text));
        Assert.Empty(transcript.Segments);
        Assert.Equal(("elevenlabs", "scribe_v2", "eng"), (transcript.Provider, transcript.Model, transcript.Language));
    }

    [Fact]
    public async Task The_model_and_language_go_as_form_fields_and_the_key_in_xi_api_key()
    {
        var song = audio.Write("song.mp3");
        host.Fakes.Timelines.RegisterFile(song, Timelines.Chinese());
        using var transcriber = Transcriber();

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(song, "zh"));

        var request = Assert.Single(host.Fakes.Requests.All);
        Assert.Equal("/v1/speech-to-text", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Contains("xi-api-key", request.HeaderNames);
        Assert.DoesNotContain("Authorization", request.HeaderNames);
        Assert.Equal([("model_id", "scribe_v2"), ("language_code", "zh")], request.Fields.Select(field => (field.Key, field.Value)).ToArray());
        Assert.Equal("zh", transcript.Language);
    }

    [Fact]
    public async Task An_unknown_model_is_rejected_with_the_detail_message()
    {
        using var transcriber = new ElevenLabsTranscriber(new ElevenLabsTranscriberOptions { Endpoint = host.ElevenLabsEndpoint, ApiKey = Keys.ElevenLabs, Model = "scribe_v9" });

        var error = await Assert.ThrowsAsync<ProviderRequestRejectedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal("invalid_model_id", error.ProviderCode);
        Assert.Contains("Model 'scribe_v9' is not a speech-to-text model", error.Message);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error()
    {
        using var transcriber = new ElevenLabsTranscriber(new ElevenLabsTranscriberOptions { Endpoint = host.ElevenLabsEndpoint, ApiKey = "xi-wrong" });

        var error = await Assert.ThrowsAsync<ProviderAuthenticationException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal(("invalid_api_key", "Invalid API key"), (error.ProviderCode, error.ProviderMessage));
        Assert.Contains("https://elevenlabs.io/app/settings/api-keys", error.Message);
    }

    [Fact]
    public async Task Used_up_credit_is_a_quota_error_not_a_key_error_and_is_not_retried()
    {
        host.Fakes.Faults.Add(new ProviderFault("elevenlabs", ProviderFaultKind.QuotaExhausted, Count: 0));
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderRateLimitedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.True(error.QuotaExhausted);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("You have 0 credits remaining", error.Message);
        Assert.Contains("quota or credit is used up", error.Message);
        Assert.Single(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task Audio_the_service_hears_nothing_in_is_a_no_words_error()
    {
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<NoWordsRecognizedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("ambient.flac"))));

        Assert.Contains("ElevenLabs (scribe_v2) returned no timed words for ambient.flac", error.Message);
    }

    private ElevenLabsTranscriber Transcriber() => new(new ElevenLabsTranscriberOptions { Endpoint = host.ElevenLabsEndpoint, ApiKey = Keys.ElevenLabs });
}
