using System.Text.Json;
using AceStep.Simulator.Providers.Faults;
using AceStep.Simulator.Providers.Vocals;
using AceStep.Simulator.Tests.Infrastructure;
using static AceStep.Simulator.Tests.Providers.ProviderFakeClient;

namespace AceStep.Simulator.Tests.Providers;

/// <summary>The provider fakes on the simulator's own server, and the songs it makes registering what they "sing".</summary>
public sealed class SimulatorProviderRoutesTests
{
    private const string Lyrics = "[Verse]\nNeon rivers in the night,\nevery window holds a light.\n\n[Chorus]\nWe are the signal, we are the sound!";
    private const string SongRequest = """{"prompt":"synthwave","lyrics":"[Verse]\nNeon rivers in the night,\nevery window holds a light.\n\n[Chorus]\nWe are the signal, we are the sound!","audio_duration":30,"bpm":120,"batch_size":1,"audio_format":"mp3","vocal_language":"en"}""";

    [Fact]
    public async Task A_generated_song_is_heard_by_the_openai_fake_at_its_sung_times_without_punctuation()
    {
        await using var sim = await RunningSimulator.StartAsync(options => options.Providers.OpenAiApiKey = "sk-sim-key");
        sim.Server.Providers.Faults.MisheardShare = 0;
        sim.Server.Providers.Faults.MissedShare = 0;
        var audio = await GenerateAsync(sim);

        var (status, body) = await SendAsync(sim.Client, Post("/openai/v1/audio/transcriptions",
            Form(audio, ("model", "whisper-1"), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word")),
            ("Authorization", "Bearer sk-sim-key")));

        Assert.Equal(200, status);
        var expected = VocalTimelinePlanner.Plan(Lyrics, 30, 120, "en").Words.ToList();
        var words = body.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(expected.Count, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(expected[i].Text.TrimEnd(',', '.', '!'), words[i].GetProperty("word").GetString());
            Assert.InRange(words[i].GetProperty("start").GetDouble(), expected[i].Start - 0.05, expected[i].Start + 0.05);
        }
    }

    [Fact]
    public async Task The_elevenlabs_and_gemini_fakes_answer_under_their_own_prefixes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        sim.Server.Providers.Faults.MisheardShare = 0;
        sim.Server.Providers.Faults.MissedShare = 0;
        var audio = await GenerateAsync(sim);

        var (sttStatus, stt) = await SendAsync(sim.Client, Post("/elevenlabs/v1/speech-to-text", Form(audio, ("model_id", "scribe_v2")), ("xi-api-key", "el-key")));
        var (imageStatus, image) = await SendAsync(sim.Client, Post("/gemini/v1beta/models/gemini-3.1-flash-image:generateContent",
            new StringContent("""{"contents":[{"parts":[{"text":"a neon city"}]}],"generationConfig":{"responseModalities":["IMAGE"]}}""", System.Text.Encoding.UTF8, "application/json"),
            ("x-goog-api-key", "AIza-key")));

        Assert.Equal((200, 200), (sttStatus, imageStatus));
        Assert.Contains("night,", stt.GetProperty("words").EnumerateArray().Select(static w => w.GetProperty("text").GetString()));
        Assert.Equal("image/png", image.GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("inlineData").GetProperty("mimeType").GetString());
    }

    [Fact]
    public async Task Ace_step_faults_and_the_model_load_leave_the_provider_routes_alone_and_provider_faults_reach_them()
    {
        await using var sim = await RunningSimulator.StartAsync();
        sim.Server.Faults.ResponseFaults = [new ResponseFault("/openai/v1/audio/transcriptions", ResponseFaultKind.Status, 500, 0)];
        sim.Server.Providers.Faults.Add(new ProviderFault("elevenlabs", ProviderFaultKind.Status, 503));

        var (openAiStatus, _) = await SendAsync(sim.Client, Post("/openai/v1/audio/transcriptions", Form(SongBytes(), ("model", "whisper-1")), ("Authorization", "Bearer sk-any")));
        var (elevenLabsStatus, _) = await SendAsync(sim.Client, Post("/elevenlabs/v1/speech-to-text", Form(SongBytes(), ("model_id", "scribe_v2")), ("xi-api-key", "el-key")));

        Assert.Equal((200, 503), (openAiStatus, elevenLabsStatus));
    }

    [Fact]
    public async Task Transcribe_route_on_the_later_server_hears_the_song_as_words_lrc_and_lyrics()
    {
        await using var sim = await RunningSimulator.StartAsync(options =>
        {
            options.TranscribeRoute = true;
            options.ApiKey = "server-key";
        });
        sim.Server.Providers.Faults.MisheardShare = 0;
        sim.Server.Providers.Faults.MissedShare = 0;
        var path = await GeneratePathAsync(sim, "server-key");

        using var unauthorized = await sim.PostJsonAsync("/v1/transcribe", Body(path));
        using var response = await sim.PostJsonAsync("/v1/transcribe", Body(path), "Bearer server-key");
        var envelope = await Json.ReadAsync(response, 200);

        Assert.Equal(401, (int)unauthorized.StatusCode);
        var data = envelope.GetProperty("data");
        var lrc = data.GetProperty("lrc_text").GetString()!.Split('\n');
        var expected = VocalTimelinePlanner.Plan(Lyrics, 30, 120, "en");
        Assert.Equal(expected.Lines.Count, lrc.Length);
        Assert.StartsWith("[", lrc[0], StringComparison.Ordinal);
        Assert.EndsWith("Neon rivers in the night,", lrc[0], StringComparison.Ordinal);
        Assert.Equal("Neon", data.GetProperty("words")[0].GetProperty("word").GetString());
        Assert.Equal("night", data.GetProperty("words")[4].GetProperty("word").GetString());
        Assert.StartsWith("Neon rivers in the night,\nevery window", data.GetProperty("lyrics_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_route_answers_404_for_a_missing_file_and_422_without_a_path()
    {
        await using var sim = await RunningSimulator.StartAsync(options => options.TranscribeRoute = true);

        using var missing = await sim.PostJsonAsync("/v1/transcribe", Body(Path.Combine(sim.Server.OutputDirectory, "nothing.mp3")));
        using var noPath = await sim.PostJsonAsync("/v1/transcribe", """{"language":"en"}""");
        var detail = await Json.ReadAsync(noPath, 422);

        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("missing", detail.GetProperty("detail")[0].GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(ServerVersion.B, false)]
    [InlineData(ServerVersion.A, true)]
    public async Task Servers_without_the_transcribe_route_answer_404(ServerVersion version, bool switchedOn)
    {
        await using var sim = await RunningSimulator.StartAsync(options =>
        {
            options.Version = version;
            options.TranscribeRoute = switchedOn;
        });

        using var response = await sim.PostJsonAsync("/v1/transcribe", Body("/tmp/song.mp3"));
        var body = await Json.ReadAsync(response, 404);

        Assert.Equal("Not Found", body.GetProperty("detail").GetString());
    }

    private static string Body(string path) => JsonSerializer.Serialize(new Dictionary<string, string?> { ["audio_path"] = path, ["language"] = null });

    private static async Task<byte[]> GenerateAsync(RunningSimulator sim)
    {
        var id = await sim.SubmitAsync(SongRequest);
        var file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;
        return await sim.Client.GetByteArrayAsync(file);
    }

    private static async Task<string> GeneratePathAsync(RunningSimulator sim, string key)
    {
        var id = await sim.SubmitAsync(SongRequest, "Bearer " + key);
        return AudioUrl.PathOf((await sim.WaitForItemsAsync(id, "Bearer " + key))[0].GetProperty("file").GetString()!);
    }
}
