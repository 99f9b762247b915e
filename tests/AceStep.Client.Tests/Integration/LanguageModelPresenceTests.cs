using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

/// <summary>Whether a server can run the 5 Hz LM, read from what each version offers, and what a job failure says about it.</summary>
public sealed class LanguageModelPresenceTests
{
    [Fact]
    public async Task Version_A_says_nothing_about_its_LM()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false, o => o.Faults.LmUnavailable = true);
        using var client = SimulatorClients.Client(server, withKey: false);

        Assert.Equal(LanguageModelPresence.Unknown, await client.GetLanguageModelPresenceAsync(await client.GetHealthAsync()));
    }

    [Fact]
    public async Task Version_B_without_an_LM_says_so_from_its_inventory_before_the_models_load()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true, o => o.Faults.LmUnavailable = true);
        using var client = SimulatorClients.Client(server, withKey: true);

        var health = await client.GetHealthAsync();

        Assert.False(health.ModelsInitialized);
        Assert.Equal(LanguageModelPresence.Missing, await client.GetLanguageModelPresenceAsync(health));
    }

    [Fact]
    public async Task Version_B_with_its_LM_reports_it_loaded_once_the_models_are_up()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: true);

        var before = await client.GetLanguageModelPresenceAsync(await client.GetHealthAsync());
        await client.InitializeModelsAsync(new InitializeModelsRequest { InitLlm = true });

        Assert.Equal(LanguageModelPresence.Unknown, before);
        Assert.Equal(LanguageModelPresence.Loaded, await client.GetLanguageModelPresenceAsync(await client.GetHealthAsync()));
    }

    [Fact]
    public async Task A_version_A_thinking_job_on_a_server_without_the_LM_fails_with_no_reason_given()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false, o => o.Faults.LmUnavailable = true);
        using var client = SimulatorClients.Client(server, withKey: false);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", DurationSeconds = 5, BatchSize = 1, Thinking = true });

        var failure = await Assert.ThrowsAsync<AceStepJobFailedException>(() => operation.WaitForCompletionAsync(null, TimeSpan.FromSeconds(30)));

        Assert.True(failure.NoReasonGiven);
        Assert.False(failure.LanguageModelUnavailable);
        Assert.StartsWith("no reason given; the server's last log line was: ", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_chat_job_on_a_server_without_the_LM_carries_the_server_s_words()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false, o => o.Faults.LmUnavailable = true);
        using var client = SimulatorClients.Client(server, withKey: false);
        using var folder = new Support.TempDirectory();

        var failure = await Assert.ThrowsAsync<AceStepJobFailedException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x", DurationSeconds = 5, Thinking = true },
            new CompletionOptions { Stream = true },
            new AudioDestination(folder.Path, "song")));

        Assert.False(failure.NoReasonGiven);
        Assert.True(failure.LanguageModelUnavailable);
        Assert.Contains("LLM not initialized at startup", failure.Reason, StringComparison.Ordinal);
    }
}
