using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>GET /health and the generic FastAPI answers for unknown paths and wrong methods (see docs/protocol.md, "Responses").</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Version_B_reports_seven_fields_models_not_loaded_until_the_first_job()
    {
        await using var sim = await RunningSimulator.StartAsync();

        var data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));

        Assert.Equal(
            ["status", "service", "version", "models_initialized", "llm_initialized", "loaded_model", "loaded_lm_model"],
            Json.Keys(data));
        Assert.Equal("ok", data.GetProperty("status").GetString());
        Assert.Equal("ACE-Step API", data.GetProperty("service").GetString());
        Assert.Equal("1.0", data.GetProperty("version").GetString());
        Assert.False(data.GetProperty("models_initialized").GetBoolean());
        Assert.False(data.GetProperty("llm_initialized").GetBoolean());
        Assert.Equal("acestep-v15-turbo", data.GetProperty("loaded_model").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("loaded_lm_model").ValueKind);

        await sim.WaitForFinishAsync(await sim.SubmitAsync("""{"prompt":"x","audio_duration":1,"audio_format":"wav","batch_size":1}"""));
        data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
        Assert.True(data.GetProperty("models_initialized").GetBoolean());
        Assert.True(data.GetProperty("llm_initialized").GetBoolean());
        Assert.Equal("acestep-5Hz-lm-0.6B", data.GetProperty("loaded_lm_model").GetString());
    }

    [Fact]
    public async Task Version_A_reports_three_fields()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Version = ServerVersion.A);

        var data = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));

        Assert.Equal(["status", "service", "version"], Json.Keys(data));
    }

    [Fact]
    public async Task Health_needs_no_key_even_when_auth_is_on()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "secret");

        var health = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_path_answers_404_not_found()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/no/such/route"), 404, "Not Found");
    }

    [Theory]
    [InlineData("/v1/training/status")]
    [InlineData("/docs")]
    public async Task Routes_the_simulator_does_not_imitate_answer_404(string path)
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync(path), 404, "Not Found");
    }

    [Fact]
    public async Task Wrong_method_answers_405_method_not_allowed()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/release_task"), 405, "Method Not Allowed");
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/v1/models")]
    [InlineData("/v1/audio?path=x")]
    public async Task HEAD_on_GET_routes_answers_405(string path)
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Head, path, null);

        Assert.Equal(405, (int)response.StatusCode);
    }
}
