using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.VersionA;

/// <summary>The client-visible differences of version A (see docs/protocol.md, "Server versions"), behind <see cref="SimulatorOptions.Version"/>.</summary>
public sealed class VersionATests
{
    private static Task<RunningSimulator> StartAsync(Action<SimulatorOptions>? configure = null) => RunningSimulator.StartAsync(o =>
    {
        o.Version = ServerVersion.A;
        configure?.Invoke(o);
    });

    [Fact]
    public async Task Malformed_JSON_is_plain_text_500()
    {
        await using var sim = await StartAsync();

        await Json.AssertPlainText500Async(await sim.PostJsonAsync("/release_task", "{\"prompt\":"));
    }

    [Fact]
    public async Task Absolute_audio_paths_are_accepted()
    {
        await using var sim = await StartAsync();

        var receipt = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/release_task", """{"task_type":"cover","src_audio_path":"/etc/hostname"}"""));

        Assert.Equal("queued", receipt.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Seeds_are_always_random()
    {
        await using var sim = await StartAsync();
        var id = await sim.SubmitAsync("""{"use_random_seed":false,"seed":42,"batch_size":1,"audio_duration":0.5,"audio_format":"wav"}""");

        Assert.NotEqual("42", (await sim.WaitForItemsAsync(id))[0].GetProperty("seed_value").GetString());
    }

    [Theory]
    [InlineData("opus")]
    [InlineData("aac")]
    [InlineData("wav32")]
    public async Task Version_B_formats_fall_back_to_FLAC(string format)
    {
        await using var sim = await StartAsync();
        var id = await sim.SubmitAsync($$"""{"audio_format":"{{format}}","batch_size":1,"audio_duration":0.5}""");

        Assert.EndsWith(".flac", AudioUrl.PathOf((await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cover_without_source_falls_back_to_text2music()
    {
        await using var sim = await StartAsync();
        var id = await sim.SubmitAsync("""{"task_type":"cover","audio_format":"wav","batch_size":1,"audio_duration":0.5}""");

        Assert.Equal(1, (await sim.WaitForFinishAsync(id)).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("GET", "/v1/model_inventory")]
    [InlineData("POST", "/v1/init")]
    [InlineData("POST", "/v1/reinitialize")]
    [InlineData("POST", "/v1/create_sample")]
    public async Task Version_B_routes_are_404(string method, string path)
    {
        await using var sim = await StartAsync();

        await Json.AssertDetailAsync(await sim.SendAsync(new HttpMethod(method), path, null), 404, "Not Found");
    }

    [Fact]
    public async Task Models_are_loaded_from_the_start()
    {
        await using var sim = await StartAsync();

        var models = await Json.ReadAsync(await sim.GetAsync("/v1/models"), 200);

        Assert.Equal(1, models.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Chat_plain_text_becomes_a_sample_query_ID_has_24_hex_digits_no_audio_codes_key()
    {
        await using var sim = await StartAsync();

        var body = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions",
            """{"model":"m","messages":[{"role":"user","content":"a sad song about rain"}],"audio_config":{"duration":1,"format":"wav"}}"""), 200);

        Assert.Matches("^chatcmpl-[0-9a-f]{24}$", body.GetProperty("id").GetString());
        var message = body.GetProperty("choices")[0].GetProperty("message");
        Assert.Equal(["role", "content", "audio"], Json.Keys(message));
        Assert.DoesNotContain("a sad song about rain", message.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_reads_every_user_message()
    {
        await using var sim = await StartAsync();

        var body = await Json.ReadAsync(await sim.PostJsonAsync("/v1/chat/completions",
            """{"model":"m","messages":[{"role":"user","content":"<prompt>jazz</prompt>"},{"role":"user","content":"<prompt>trio</prompt>"}],"audio_config":{"duration":1,"format":"wav"}}"""), 200);

        Assert.StartsWith("## Metadata\n**Caption:** jazz trio\n", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_load_delay_keeps_the_port_closed_until_the_models_are_loaded()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var sim = await StartAsync(o => o.Faults.ModelLoadDelay = TimeSpan.FromMilliseconds(700));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(650), $"started after {watch.Elapsed}");
        await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
    }

    [Fact]
    public async Task Model_load_error_means_the_server_does_not_start()
    {
        var options = new SimulatorOptions { Version = ServerVersion.A };
        options.Faults.ModelLoadError = "no GPU";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SimulatorServer.StartAsync(options));

        Assert.Equal("Model initialization failed: no GPU", error.Message);
    }

    [Fact]
    public async Task Chat_stream_first_chunk_says_generating_music()
    {
        await using var sim = await StartAsync();

        var text = await (await sim.PostJsonAsync("/v1/chat/completions",
            """{"model":"m","stream":true,"messages":[{"role":"user","content":"<prompt>x</prompt>"}],"audio_config":{"duration":1,"format":"wav"}}""")).Content.ReadAsStringAsync();

        Assert.Contains("\"delta\": {\"role\": \"assistant\", \"content\": \"Generating music\"}", text.Split("\n\n")[0], StringComparison.Ordinal);
    }
}
