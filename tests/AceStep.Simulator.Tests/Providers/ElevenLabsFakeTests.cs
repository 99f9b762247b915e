using System.Text.Json;
using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Vocals;
using static AceStep.Simulator.Tests.Providers.ProviderFakeClient;

namespace AceStep.Simulator.Tests.Providers;

public sealed class ElevenLabsFakeTests : IAsyncLifetime
{
    private const string Path = "/v1/speech-to-text";
    private ProviderFakesHost host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        host = await ProviderFakesHost.StartAsync(new ProviderFakeOptions { ElevenLabsApiKey = "xi-right" });
        http = new HttpClient { BaseAddress = host.BaseAddress };
        host.Fakes.Faults.MisheardShare = 0;
        host.Fakes.Faults.MissedShare = 0;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task No_key_and_a_wrong_key_get_the_detail_object_401s()
    {
        var (noKey, missing) = await SendAsync(http, Post(Path, Form(SongBytes(), ("model_id", "scribe_v2"))));
        var (wrongKey, wrong) = await SendAsync(http, Post(Path, Form(SongBytes(), ("model_id", "scribe_v2")), ("xi-api-key", "xi-wrong")));

        Assert.Equal((401, "needs_authorization"), (noKey, missing.GetProperty("detail").GetProperty("status").GetString()));
        Assert.Equal((401, "invalid_api_key", "Invalid API key"), (wrongKey, wrong.GetProperty("detail").GetProperty("status").GetString(), wrong.GetProperty("detail").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_missing_model_id_gets_fastapis_validation_list_and_a_missing_file_a_string_detail()
    {
        var (noModel, list) = await SendAsync(http, Post(Path, Form(SongBytes()), Key()));
        var (noFile, text) = await SendAsync(http, Post(Path, Form(null, ("model_id", "scribe_v2")), Key()));

        Assert.Equal(422, noModel);
        var item = Assert.Single(list.GetProperty("detail").EnumerateArray());
        Assert.Equal(["body", "model_id"], item.GetProperty("loc").EnumerateArray().Select(part => part.GetString()));
        Assert.Equal("Field required", item.GetProperty("msg").GetString());
        Assert.Equal((400, "Must provide either file or cloud_storage_url parameter."), (noFile, text.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Words_keep_punctuation_with_spacing_items_between_them()
    {
        var audio = SongBytes();
        host.Fakes.Timelines.Register(audio, VocalTimelinePlanner.Plan("Hello, world!", 20, 120, "en"));

        var (status, body) = await SendAsync(http, Post(Path, Form(audio, ("model_id", "scribe_v2")), Key()));

        Assert.Equal(200, status);
        Assert.Equal(("eng", "Hello, world!"), (body.GetProperty("language_code").GetString(), body.GetProperty("text").GetString()));
        Assert.Equal(
            [("Hello,", "word"), (" ", "spacing"), ("world!", "word")],
            body.GetProperty("words").EnumerateArray().Select(item => (item.GetProperty("text").GetString(), item.GetProperty("type").GetString())));
    }

    [Fact]
    public async Task Chinese_characters_follow_each_other_without_spacing_items()
    {
        var audio = SongBytes();
        host.Fakes.Timelines.Register(audio, VocalTimelinePlanner.Plan("我们唱歌", 20, 100, "zh"));

        var (_, body) = await SendAsync(http, Post(Path, Form(audio, ("model_id", "scribe_v2"), ("language_code", "zh")), Key()));

        Assert.Equal("zho", body.GetProperty("language_code").GetString());
        Assert.Equal("我们唱歌", body.GetProperty("text").GetString());
        Assert.All(body.GetProperty("words").EnumerateArray(), item => Assert.Equal("word", item.GetProperty("type").GetString()));
    }

    private static (string, string) Key() => ("xi-api-key", "xi-right");
}
