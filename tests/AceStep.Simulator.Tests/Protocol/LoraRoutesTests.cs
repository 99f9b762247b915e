using System.Text.Json;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>/v1/lora/* of version B (see docs/protocol.md, "Other routes"); version A has none of them.</summary>
public sealed class LoraRoutesTests : IDisposable
{
    private readonly string _adapterFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sim-lora-" + Guid.NewGuid().ToString("N"), "my-style")).FullName;

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_adapterFolder)!, recursive: true);

    [Fact]
    public async Task Lora_routes_answer_500_until_the_models_are_loaded()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.GetAsync("/v1/lora/status");

        var body = await Json.ReadAsync(response, 500);
        Assert.Equal("Model not initialized", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Load_scale_toggle_and_unload_change_the_status()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "k");
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}", "Bearer k"));

        var loaded = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/lora/load", Body(new { lora_path = _adapterFolder }), "Bearer k"));
        var scaled = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/lora/scale", """{"scale":0.4}""", "Bearer k"));
        var status = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/lora/status", "Bearer k"));
        var toggled = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/lora/toggle", """{"use_lora":false}""", "Bearer k"));
        var unloaded = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/lora/unload", "", "Bearer k"));
        var after = await Json.ReadEnvelopeAsync(await sim.GetAsync("/v1/lora/status", "Bearer k"));

        Assert.StartsWith("✅", loaded.GetProperty("message").GetString());
        Assert.Equal(_adapterFolder, loaded.GetProperty("lora_path").GetString());
        Assert.Equal(0.4, scaled.GetProperty("scale").GetDouble());
        Assert.Equal(
            ["lora_loaded", "use_lora", "lora_scale", "adapter_type", "scales", "active_adapter", "adapters", "synthetic_default_mode"],
            Json.Keys(status));
        Assert.True(status.GetProperty("lora_loaded").GetBoolean());
        Assert.Equal(0.4, status.GetProperty("lora_scale").GetDouble());
        Assert.Equal("my-style", status.GetProperty("active_adapter").GetString());
        Assert.False(toggled.GetProperty("use_lora").GetBoolean());
        Assert.StartsWith("✅", unloaded.GetProperty("message").GetString());
        Assert.False(after.GetProperty("lora_loaded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("active_adapter").ValueKind);
    }

    [Fact]
    public async Task Load_of_a_missing_path_is_a_400_detail()
    {
        await using var sim = await RunningSimulator.StartAsync();
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));

        using var response = await sim.PostJsonAsync("/v1/lora/load", Body(new { lora_path = "/nowhere/adapter" }));

        var body = await Json.ReadAsync(response, 400);
        Assert.Equal("❌ LoRA path not found: /nowhere/adapter", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Scale_outside_0_to_1_is_a_422_and_without_an_adapter_a_soft_400()
    {
        await using var sim = await RunningSimulator.StartAsync();
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));

        using var outOfRange = await sim.PostJsonAsync("/v1/lora/scale", """{"scale":1.5}""");
        using var missing = await sim.PostJsonAsync("/v1/lora/load", "{}");
        var soft = await Json.ReadAsync(await sim.PostJsonAsync("/v1/lora/scale", """{"scale":0.5}"""), 200);

        var item = (await Json.ReadAsync(outOfRange, 422)).GetProperty("detail")[0];
        Assert.Equal("less_than_equal", item.GetProperty("type").GetString());
        Assert.Equal("missing", (await Json.ReadAsync(missing, 422)).GetProperty("detail")[0].GetProperty("type").GetString());
        Assert.Equal(400, soft.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, soft.GetProperty("data").ValueKind);
        Assert.StartsWith("❌", soft.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unload_without_an_adapter_is_a_warning_not_an_error()
    {
        await using var sim = await RunningSimulator.StartAsync();
        await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/init", "{}"));

        var data = await Json.ReadEnvelopeAsync(await sim.PostJsonAsync("/v1/lora/unload", ""));

        Assert.StartsWith("⚠️", data.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Lora_routes_need_the_header_key()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.ApiKey = "k");

        using var response = await sim.GetAsync("/v1/lora/status", "Bearer wrong");

        Assert.Equal("Invalid API key", (await Json.ReadAsync(response, 401)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Version_A_has_no_lora_routes()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Version = ServerVersion.A);

        using var response = await sim.GetAsync("/v1/lora/status");

        Assert.Equal("Not Found", (await Json.ReadAsync(response, 404)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Init_takes_the_model_load_delay_while_health_keeps_answering()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Faults.ModelLoadDelay = TimeSpan.FromMilliseconds(800));
        var started = DateTime.UtcNow;

        var init = sim.PostJsonAsync("/v1/init", "{}");
        await Task.Delay(200);
        var during = await Json.ReadEnvelopeAsync(await sim.GetAsync("/health"));
        var done = await Json.ReadEnvelopeAsync(await init);

        Assert.False(during.GetProperty("models_initialized").GetBoolean());
        Assert.Equal("Model initialization completed", done.GetProperty("message").GetString());
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(700));
    }

    private static string Body(object value) => JsonSerializer.Serialize(value);
}
