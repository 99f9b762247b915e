using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class ServerInformationTests
{
    [Fact]
    public async Task Health_of_version_A_has_three_fields()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: false);

        var health = await client.GetHealthAsync();

        Assert.Equal("ok", health.Status);
        Assert.Equal("ACE-Step API", health.Service);
        Assert.False(health.HasModelState);
        Assert.Null(health.ModelsInitialized);
    }

    [Fact]
    public async Task Health_of_version_B_reports_the_model_state_before_and_after_warm_up()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: true);

        var before = await client.GetHealthAsync();
        var init = await client.InitializeModelsAsync(new InitializeModelsRequest { InitLlm = true });
        var after = await client.GetHealthAsync();

        Assert.True(before.HasModelState);
        Assert.False(before.ModelsInitialized);
        Assert.Equal("Model initialization completed", init.Message);
        Assert.True(after.ModelsInitialized);
        Assert.False(string.IsNullOrEmpty(after.LoadedModel));
    }

    [Fact]
    public async Task Models_list_ids_and_their_native_names()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var models = await client.ListModelsAsync();

        var first = Assert.Single(models);
        Assert.Equal("acestep/acestep-v15-turbo", first.Id);
        Assert.Equal("acestep-v15-turbo", first.NativeName);
    }

    [Fact]
    public async Task A_fresh_version_B_server_lists_no_models()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        Assert.Empty(await client.ListModelsAsync());
    }

    [Fact]
    public async Task Inventory_and_stats_need_the_key()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var anonymous = SimulatorClients.Client(server, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: true);

        var error = await Assert.ThrowsAsync<AceStepUnauthorizedException>(() => anonymous.GetStatsAsync());
        var inventory = await client.GetModelInventoryAsync();
        var stats = await client.GetStatsAsync();

        Assert.Equal("Missing Authorization header", error.ServerMessage);
        Assert.Contains(inventory.Models, m => m.IsDefault);
        Assert.False(string.IsNullOrEmpty(inventory.DefaultModel));
        Assert.True(stats.QueueMaxSize > 0);
        Assert.NotNull(stats.AverageJobSeconds);
    }

    [Fact]
    public async Task Version_A_has_no_inventory_route()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.GetModelInventoryAsync());

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Format_input_returns_the_rewritten_song()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: true);

        var sketch = await client.FormatInputAsync(new FormatInputRequest { Caption = "sad piano ballad", Lyrics = "[Verse]\nalone", Bpm = 70 });

        Assert.False(string.IsNullOrEmpty(sketch.Caption));
        Assert.False(string.IsNullOrEmpty(sketch.Lyrics));
    }

    [Fact]
    public async Task Language_model_routes_answer_not_ready_when_the_lm_is_disabled()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        server.Faults.LmUnavailable = true;
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepNotReadyException>(() => client.CreateSampleAsync(new CreateSampleRequest { Query = "a soft love song" }));

        Assert.StartsWith("LLM not initialized", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_sample_invents_a_song()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var sketch = await client.CreateSampleAsync(new CreateSampleRequest { Query = "a soft Bengali love song", VocalLanguage = "bn" });

        Assert.False(string.IsNullOrEmpty(sketch.Caption));
        Assert.NotNull(sketch.DurationSeconds);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Random_samples_come_from_either_set(bool simpleMode)
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var sample = await client.CreateRandomSampleAsync(simpleMode);

        if (simpleMode)
        {
            Assert.False(string.IsNullOrEmpty(sample.Description));
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(sample.Caption));
        }
    }

    [Fact]
    public async Task An_unconfigured_slot_is_a_soft_error_with_the_servers_message()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.InitializeModelsAsync(new InitializeModelsRequest { Slot = 2 }));

        Assert.StartsWith("Slot 2 is not available", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_is_unreachable()
    {
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = new Uri("http://127.0.0.1:9/"), MaxRetries = 0, ConnectTimeout = TimeSpan.FromSeconds(2) });

        var error = await Assert.ThrowsAsync<AceStepUnreachableException>(() => client.GetHealthAsync());

        Assert.Contains("http://127.0.0.1:9/", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
        Assert.False(error.JobMayStillRun);
    }
}
