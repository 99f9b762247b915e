using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class LoraAndModelLoadTests : IDisposable
{
    private readonly string _adapter = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "client-lora-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_adapter, recursive: true);

    [Fact]
    public async Task Lora_load_scale_toggle_and_unload_round_trip_on_version_B()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: true);
        await client.InitializeModelsAsync();

        var loaded = await client.LoadLoraAsync(_adapter, "style");
        var scaled = await client.SetLoraScaleAsync(0.25);
        var disabled = await client.SetLoraEnabledAsync(false);
        var status = await client.GetLoraStatusAsync();
        var unloaded = await client.UnloadLoraAsync();
        var again = await client.UnloadLoraAsync();

        Assert.Equal("style", loaded.AdapterName);
        Assert.Equal(0.25, scaled.Scale);
        Assert.False(disabled.Enabled);
        Assert.True(status.Loaded);
        Assert.False(status.Enabled);
        Assert.Equal(["style"], status.Adapters);
        Assert.Equal(0.25, status.Scales["style"]);
        Assert.False(unloaded.IsWarning);
        Assert.True(again.IsWarning);
    }

    [Fact]
    public async Task Lora_soft_errors_and_missing_paths_become_typed_exceptions()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        await client.InitializeModelsAsync();

        var noAdapter = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.SetLoraScaleAsync(0.5));
        var missing = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.LoadLoraAsync("/nowhere/adapter"));

        Assert.StartsWith("❌ No LoRA adapter loaded", noAdapter.ServerMessage);
        Assert.Equal(400, missing.StatusCode);
        Assert.Contains("/nowhere/adapter", missing.ServerMessage);
    }

    [Fact]
    public async Task Version_A_answers_the_lora_routes_with_404()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.GetLoraStatusAsync());

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Load_models_reports_progress_from_health_until_the_slow_load_finishes()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true, o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(2.5));
        using var client = SimulatorClients.Client(server, withKey: true);
        var reports = new List<ModelLoadProgress>();

        var result = await client.LoadModelsAsync(new InitializeModelsRequest { Model = "acestep-v15-base" }, new SynchronousProgress<ModelLoadProgress>(reports.Add), TimeSpan.FromSeconds(20));

        Assert.Equal("acestep-v15-base", result.LoadedModel);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.True(r.ServerResponding));
        Assert.Contains(reports, r => r.ModelsInitialized == false);
        Assert.True(reports[^1].Elapsed >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Load_models_past_its_deadline_is_a_timeout()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o => o.Faults.ModelLoadDelay = TimeSpan.FromSeconds(30));
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepTimeoutException>(() => client.LoadModelsAsync(new InitializeModelsRequest(), deadline: TimeSpan.FromSeconds(1)));

        Assert.Contains("/v1/init", error.Message);
    }

    [Fact]
    public async Task Health_tells_the_native_server_and_carries_its_clock()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var health = await client.GetHealthAsync();

        Assert.True(health.IsNativeServer);
        Assert.NotNull(health.ServerTime);
        Assert.InRange((health.ServerTime!.Value - DateTimeOffset.UtcNow).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }
}
