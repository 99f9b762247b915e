using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class CancellationTests : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task Cancelling_a_wait_stops_waiting_and_the_job_still_finishes()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o => o.FixedGenerationTime = TimeSpan.FromSeconds(1));
        using var client = SimulatorClients.Client(server, withKey: false);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cancellationToken: cancel.Token));
        var result = await GenerationOperation.Rehydrate(client, operation.Id).WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        Assert.Single(result.Audio);
    }

    [Fact]
    public async Task Cancelling_a_streaming_chat_leaves_no_file()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o =>
        {
            o.FixedGenerationTime = TimeSpan.FromSeconds(2);
            o.HeartbeatInterval = TimeSpan.FromMilliseconds(50);
        });
        using var client = SimulatorClients.Client(server, withKey: false);
        await client.InitializeModelsAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Stream = true }, new AudioDestination(_output.Path, "c"), cancel.Token));

        Assert.Empty(Directory.GetFiles(_output.Path, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => _output.Dispose();
}
