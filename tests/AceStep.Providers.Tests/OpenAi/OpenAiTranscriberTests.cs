using AceStep.Lyrics.Transcription;
using AceStep.Providers.OpenAi;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;

namespace AceStep.Providers.Tests.OpenAi;

public sealed class OpenAiTranscriberTests : IAsyncLifetime
{
    private readonly TestAudio audio = new();
    private ProviderFakesHost host = null!;

    public async Task InitializeAsync() => host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { OpenAiApiKey = Keys.OpenAi });

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        audio.Dispose();
    }

    [Fact]
    public async Task A_song_the_fake_knows_comes_back_as_words_without_punctuation_at_their_sung_times()
    {
        var timeline = Timelines.English();
        var song = audio.Write("song.mp3");
        Assert.True(host.Fakes.Timelines.RegisterFile(song, timeline));
        host.Fakes.Faults.MisheardShare = 0;
        host.Fakes.Faults.MissedShare = 0;
        using var transcriber = Transcriber();

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(song));

        var sung = timeline.Words.ToList();
        Assert.Equal(sung.Count, transcript.Words.Count);
        for (var i = 0; i < sung.Count; i++)
        {
            Assert.Equal(sung[i].Text.TrimEnd(',', '.', '!'), transcript.Words[i].Text);
            Assert.InRange(transcript.Words[i].Start, sung[i].Start - 0.05, sung[i].Start + 0.05);
        }

        Assert.DoesNotContain(transcript.Words, word => word.Text.Any(char.IsPunctuation));
        Assert.Equal(timeline.Lines.Count, transcript.Segments.Count);
        Assert.Equal("openai", transcript.Provider);
        Assert.Equal("whisper-1", transcript.Model);
        Assert.Equal("english", transcript.Language);
    }

    [Fact]
    public async Task The_documented_form_is_sent_and_the_key_travels_only_as_a_bearer_header()
    {
        var song = audio.Write("song.mp3");
        host.Fakes.Timelines.RegisterFile(song, Timelines.English());
        using var transcriber = Transcriber();

        await transcriber.TranscribeAsync(new TranscriptionRequest(song, "en"));

        var request = Assert.Single(host.Fakes.Requests.All);
        Assert.Equal("/v1/audio/transcriptions", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Contains("Authorization", request.HeaderNames);
        Assert.Equal(64 * 1024, request.FileBytes);
        Assert.Equal(
            [("model", "whisper-1"), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"), ("language", "en")],
            request.Fields.Select(field => (field.Key, field.Value)).OrderBy(field => field.Key == "language").ToArray());
    }

    [Fact]
    public async Task The_language_is_left_to_the_service_when_not_given()
    {
        var song = audio.Write("song.mp3");
        host.Fakes.Timelines.RegisterFile(song, Timelines.Chinese());
        using var transcriber = Transcriber();

        var transcript = await transcriber.TranscribeAsync(new TranscriptionRequest(song));

        Assert.DoesNotContain(host.Fakes.Requests.All.Single().Fields, field => field.Key == "language");
        Assert.Equal("chinese", transcript.Language);
        Assert.All(transcript.Words, word => Assert.Equal(1, word.Text.Length));
    }

    [Fact]
    public async Task A_file_over_25_MiB_is_refused_before_a_byte_is_uploaded()
    {
        var big = audio.WriteSparse("long.wav", OpenAiTranscriberOptions.MaxUploadBytes + 1);
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderUploadTooLargeException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(big)));

        Assert.Contains("at most 25 MiB", error.Message);
        Assert.Contains("ffmpeg", error.Message);
        Assert.Equal(OpenAiTranscriberOptions.MaxUploadBytes + 1, error.FileBytes);
        Assert.Empty(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task The_services_413_is_an_upload_too_large_error()
    {
        await using var small = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { OpenAiMaxUploadBytes = 16 * 1024 });
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = small.OpenAiEndpoint, ApiKey = Keys.OpenAi });

        var error = await Assert.ThrowsAsync<ProviderUploadTooLargeException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal(413, error.StatusCode);
        Assert.Contains("Maximum content size limit (16384) exceeded", error.Message);
    }

    [Fact]
    public async Task Audio_the_service_hears_nothing_in_is_a_no_words_error()
    {
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<NoWordsRecognizedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("instrumental.mp3"))));

        Assert.Contains("returned no timed words for instrumental.mp3", error.Message);
        Assert.Contains("heard no words", error.Message);
    }

    [Fact]
    public async Task An_unknown_model_is_rejected_with_the_services_message()
    {
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi, Model = "whisper-9" });

        var error = await Assert.ThrowsAsync<ProviderRequestRejectedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("model_not_found", error.ProviderCode);
        Assert.Contains("The model `whisper-9` does not exist", error.Message);
    }

    [Fact]
    public async Task A_file_type_the_service_does_not_take_is_rejected_with_its_list()
    {
        using var transcriber = Transcriber();

        var error = await Assert.ThrowsAsync<ProviderRequestRejectedException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.aiff"))));

        Assert.Contains("Invalid file format. Supported formats: ['flac'", error.Message);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_that_names_the_key_page()
    {
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = "sk-wrongKEYwrongKEYwrong1234" });

        var error = await Assert.ThrowsAsync<ProviderAuthenticationException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Write("song.mp3"))));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("invalid_api_key", error.ProviderCode);
        Assert.Contains("https://platform.openai.com/api-keys", error.Message);
        Assert.Contains("Incorrect API key provided: [redacted]", error.Message);
        Assert.DoesNotContain("1234", error.Message);
        Assert.Single(host.Fakes.Requests.All);
    }

    [Fact]
    public async Task A_missing_or_folder_path_fails_locally_and_sends_nothing()
    {
        using var transcriber = Transcriber();

        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(Path.Combine(audio.Folder, "nope.mp3"))));
        var folder = await Assert.ThrowsAsync<FileNotFoundException>(() => transcriber.TranscribeAsync(new TranscriptionRequest(audio.Folder)));

        Assert.Contains("does not exist", missing.Message);
        Assert.Contains("is a folder", folder.Message);
        Assert.Empty(host.Fakes.Requests.All);
    }

    private OpenAiTranscriber Transcriber() => new(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi });
}
