using System.Text;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>The authentication matrix of spec §3 with its exact messages.</summary>
public sealed class AuthTests
{
    private const string Key = "secret";
    private const string Submit = """{"prompt":"x","audio_duration":1,"audio_format":"wav","batch_size":1}""";

    private static Task<RunningSimulator> StartAsync() => RunningSimulator.StartAsync(o => o.ApiKey = Key);

    [Theory]
    [InlineData("Bearer secret")]
    [InlineData("secret")]
    public async Task BodyRoute_AcceptsBearerOrBareKeyInTheHeader(string header)
    {
        await using var sim = await StartAsync();

        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/release_task", Submit, header));
    }

    [Fact]
    public async Task BodyRoute_AiTokenWins_EvenOverAWrongHeader()
    {
        await using var sim = await StartAsync();

        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":"secret"}""", "Bearer wrong"));
    }

    [Fact]
    public async Task BodyRoute_WrongAiToken_IsInvalidAiToken_EvenWithAGoodHeader()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":"nope"}""", "Bearer secret"), 401, "Invalid ai_token");
    }

    [Fact]
    public async Task BodyRoute_EmptyAiToken_FallsBackToTheHeader()
    {
        await using var sim = await StartAsync();

        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":""}""", "Bearer secret"));
    }

    [Theory]
    [InlineData("Bearer wrong")]
    [InlineData("bearer secret")]
    [InlineData("Bearer  secret")]
    public async Task BodyRoute_WrongHeader_IsInvalidApiKey(string header)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Submit, header), 401, "Invalid API key");
    }

    [Theory]
    [InlineData("/release_task")]
    [InlineData("/query_result")]
    [InlineData("/format_input")]
    [InlineData("/create_random_sample")]
    [InlineData("/v1/create_sample")]
    public async Task BodyRoutes_WithoutCredentials_AreMissing(string path)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync(path, "{}"), 401, "Missing ai_token or Authorization header");
    }

    [Fact]
    public async Task BodyRoute_AcceptsAiTokenAsAFormField()
    {
        await using var sim = await StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["prompt"] = "x", ["audio_format"] = "wav", ["ai_token"] = Key });

        await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form));
    }

    [Fact]
    public async Task BodyRoute_AcceptsAiTokenAsAMultipartTextField()
    {
        await using var sim = await StartAsync();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "prompt" }, { new StringContent(Key), "ai_token" } };

        await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form));
    }

    [Fact]
    public async Task BodyRoute_ParsesBeforeAuthenticating_SoAMalformedBodyFailsFirst()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", "{oops"), 400, "Malformed JSON payload");
    }

    [Theory]
    [InlineData("/v1/stats")]
    [InlineData("/v1/model_inventory")]
    [InlineData("/v1/audio?path=%2Ftmp%2Fx.mp3")]
    public async Task HeaderRoutes_WithoutHeader_AreMissingAuthorizationHeader(string path)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync(path), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task HeaderRoutes_IgnoreAiToken()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/init", """{"ai_token":"secret"}"""), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task HeaderRoute_WrongKey_IsInvalidApiKey()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/stats", "Bearer nope"), 401, "Invalid API key");
    }

    [Fact]
    public async Task Audio_ChecksAuthBeforeTheMissingPathParameter()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio"), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task NoAuthRoutes_AnswerWithoutAKey()
    {
        await using var sim = await StartAsync();

        await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
        await Json.ReadAsync(await sim.GetAsync("/v1/models"), 200);
        // Chat has no auth at all: a fresh B server answers 503 (models not loaded), never 401.
        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":"x"}]}"""),
            503, "Model not initialized. init_error=None");
    }

    [Fact]
    public async Task SetButEmptyKey_TurnsAuthOn_AndLocksEveryProtectedRoute()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = string.Empty);

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Submit), 401, "Missing ai_token or Authorization header");
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Submit, "Bearer "), 401, "Invalid API key");
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", """{"ai_token":""}"""), 401, "Missing ai_token or Authorization header");
        await Json.AssertDetailAsync(await sim.GetAsync("/v1/stats"), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task AuthOff_AcceptsAnything()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats", "Bearer whatever"));
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"ai_token":"whatever"}"""));
    }

    [Fact]
    public async Task DownloadWithTheHeader_Works()
    {
        await using var sim = await StartAsync();
        string id = await sim.SubmitAsync(Submit, "Bearer secret");
        string file = (await sim.WaitForItemsAsync(id, "Bearer secret"))[0].GetProperty("file").GetString()!;

        using HttpResponseMessage response = await sim.GetAsync(file, "Bearer secret");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("RIFF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
    }
}
