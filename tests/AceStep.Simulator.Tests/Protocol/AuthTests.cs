using System.Text;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>The authentication matrix in docs/protocol.md, "Authentication" with its exact messages.</summary>
public sealed class AuthTests
{
    private const string Key = "secret";
    private const string Submit = """{"prompt":"x","audio_duration":1,"audio_format":"wav","batch_size":1}""";

    private static Task<RunningSimulator> StartAsync() => RunningSimulator.StartAsync(o => o.ApiKey = Key);

    [Theory]
    [InlineData("Bearer secret")]
    [InlineData("secret")]
    public async Task Body_route_accepts_bearer_or_bare_key_in_the_header(string header)
    {
        await using var sim = await StartAsync();

        var receipt = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/release_task", Submit, header));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Body_route_ai_token_wins_even_over_a_wrong_header()
    {
        await using var sim = await StartAsync();

        var entries = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":"secret"}""", "Bearer wrong"));

        Assert.Empty(entries.EnumerateArray());
    }

    [Fact]
    public async Task Body_route_wrong_ai_token_is_invalid_ai_token_even_with_a_good_header()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(
            await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":"nope"}""", "Bearer secret"), 401, "Invalid ai_token");
    }

    [Fact]
    public async Task Body_route_empty_ai_token_falls_back_to_the_header()
    {
        await using var sim = await StartAsync();

        var entries = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"task_id_list":[],"ai_token":""}""", "Bearer secret"));

        Assert.Empty(entries.EnumerateArray());
    }

    [Theory]
    [InlineData("Bearer wrong")]
    [InlineData("bearer secret")]
    [InlineData("Bearer  secret")]
    public async Task Body_route_wrong_header_is_invalid_API_key(string header)
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
    public async Task Body_routes_without_credentials_are_missing(string path)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync(path, "{}"), 401, "Missing ai_token or Authorization header");
    }

    [Fact]
    public async Task Body_route_accepts_ai_token_as_a_form_field()
    {
        await using var sim = await StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["prompt"] = "x", ["audio_format"] = "wav", ["ai_token"] = Key });

        var receipt = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Body_route_accepts_ai_token_as_a_multipart_text_field()
    {
        await using var sim = await StartAsync();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "prompt" }, { new StringContent(Key), "ai_token" } };

        var receipt = await Json.ReadEnvelopeAsync(await sim.SendAsync(HttpMethod.Post, "/release_task", form));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Body_route_parses_before_authenticating_so_a_malformed_body_fails_first()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", "{oops"), 400, "Malformed JSON payload");
    }

    [Theory]
    [InlineData("/v1/stats")]
    [InlineData("/v1/model_inventory")]
    [InlineData("/v1/audio?path=%2Ftmp%2Fx.mp3")]
    public async Task Header_routes_without_header_are_missing_authorization_header(string path)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync(path), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task Header_routes_ignore_ai_token()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/v1/init", """{"ai_token":"secret"}"""), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task Header_route_wrong_key_is_invalid_API_key()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/stats", "Bearer nope"), 401, "Invalid API key");
    }

    [Fact]
    public async Task Audio_checks_auth_before_the_missing_path_parameter()
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio"), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task No_auth_routes_answer_without_a_key()
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
    public async Task Set_but_empty_key_turns_auth_on_and_locks_every_protected_route()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = string.Empty);

        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Submit), 401, "Missing ai_token or Authorization header");
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", Submit, "Bearer "), 401, "Invalid API key");
        await Json.AssertDetailAsync(await sim.PostJsonAsync("/release_task", """{"ai_token":""}"""), 401, "Missing ai_token or Authorization header");
        await Json.AssertDetailAsync(await sim.GetAsync("/v1/stats"), 401, "Missing Authorization header");
    }

    [Fact]
    public async Task Auth_off_accepts_anything()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var stats = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/stats", "Bearer whatever"));
        var entries = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/query_result", """{"ai_token":"whatever"}"""));

        Assert.Equal(0, stats.GetProperty("jobs").GetProperty("total").GetInt32());
        Assert.Empty(entries.EnumerateArray());
    }

    [Fact]
    public async Task Download_with_the_header_works()
    {
        await using var sim = await StartAsync();
        var id = await sim.SubmitAsync(Submit, "Bearer secret");
        var file = (await sim.WaitForItemsAsync(id, "Bearer secret"))[0].GetProperty("file").GetString()!;

        using var response = await sim.GetAsync(file, "Bearer secret");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("RIFF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
    }
}
