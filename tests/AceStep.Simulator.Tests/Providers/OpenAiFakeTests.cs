using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Vocals;
using static AceStep.Simulator.Tests.Providers.ProviderFakeClient;

namespace AceStep.Simulator.Tests.Providers;

public sealed class OpenAiFakeTests : IAsyncLifetime
{
    private const string Path = "/v1/audio/transcriptions";
    private ProviderFakesHost host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { OpenAiApiKey = "sk-right-key-0123456789" });
        http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task No_key_and_a_wrong_key_get_openais_two_401s_the_wrong_one_masked()
    {
        var (noKey, missing) = await SendAsync(http, Post(Path, Form(SongBytes(), ("model", "whisper-1"))));
        var (wrongKey, wrong) = await SendAsync(http, Post(Path, Form(SongBytes(), ("model", "whisper-1")), ("Authorization", "Bearer sk-wrong-key-abcdefghij")));

        Assert.Equal((401, 401), (noKey, wrongKey));
        Assert.StartsWith("You didn't provide an API key.", missing.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_request_error", missing.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, missing.GetProperty("error").GetProperty("code").ValueKind);
        Assert.Equal("Incorrect API key provided: sk-wr**************ghij. You can find your API key at https://platform.openai.com/account/api-keys.", wrong.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("invalid_api_key", wrong.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(false, "whisper-1", "song.mp3", "Missing required parameter: 'file'.")]
    [InlineData(true, "", "song.mp3", "Missing required parameter: 'model'.")]
    [InlineData(true, "whisper-1", "song.txt", "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']")]
    public async Task Missing_fields_and_unsupported_files_get_400(bool withFile, string model, string fileName, string message)
    {
        var form = NamedForm(withFile ? SongBytes() : null, fileName, ("model", model));

        var (status, body) = await SendAsync(http, Post(Path, form, Authorized()));

        Assert.Equal(400, status);
        Assert.Equal(message, body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_upload_over_the_limit_gets_413_before_it_is_read()
    {
        var content = Form(new byte[(25 * 1024 * 1024) + 10], ("model", "whisper-1"));

        var (status, body) = await SendAsync(http, Post(Path, content, Authorized()));

        Assert.Equal(413, status);
        Assert.StartsWith("Maximum content size limit (26214400) exceeded (", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("server_error", body.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Verbose_json_has_whisper_words_without_punctuation_and_one_segment_per_line()
    {
        var audio = SongBytes();
        host.Fakes.Timelines.Register(audio, VocalTimelinePlanner.Plan("Hello, how are you?\nFine!", 20, 120, "en"));
        host.Fakes.Faults.MisheardShare = 0;
        host.Fakes.Faults.MissedShare = 0;

        var (status, body) = await SendAsync(http, Post(Path,
            Form(audio, ("model", "whisper-1"), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment")),
            Authorized()));

        Assert.Equal(200, status);
        Assert.Equal(("transcribe", "english", "Hello, how are you? Fine!"), (body.GetProperty("task").GetString(), body.GetProperty("language").GetString(), body.GetProperty("text").GetString()));
        Assert.Equal(["Hello", "how", "are", "you", "Fine"], body.GetProperty("words").EnumerateArray().Select(word => word.GetProperty("word").GetString()));
        Assert.Equal([" Hello, how are you?", " Fine!"], body.GetProperty("segments").EnumerateArray().Select(segment => segment.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Without_granularities_there_are_segments_only_and_json_gives_the_text_alone()
    {
        var audio = SongBytes();
        host.Fakes.Timelines.Register(audio, VocalTimelinePlanner.Plan("Hello there", 20, 120, "en"));

        var (_, verbose) = await SendAsync(http, Post(Path, Form(audio, ("model", "whisper-1"), ("response_format", "verbose_json")), Authorized()));
        var (_, plain) = await SendAsync(http, Post(Path, Form(audio, ("model", "whisper-1")), Authorized()));

        Assert.False(verbose.TryGetProperty("words", out _));
        Assert.True(verbose.TryGetProperty("segments", out _));
        Assert.Equal(["text"], plain.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Word_timestamps_without_verbose_json_are_refused()
    {
        var (status, body) = await SendAsync(http, Post(Path, Form(SongBytes(), ("model", "whisper-1"), ("timestamp_granularities[]", "word")), Authorized()));

        Assert.Equal(400, status);
        Assert.Equal("timestamp_granularities", body.GetProperty("error").GetProperty("param").GetString());
    }

    private static (string, string) Authorized() => ("Authorization", "Bearer sk-right-key-0123456789");
}
