using AceStep.Client.Tests.Integration;
using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Docs;

public sealed class LibraryDocExamplesTests : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task Native_generation_example_saves_audio()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = LibraryDocExamples.CreateClient(server.BaseAddress, SimulatorClients.Key);

        var files = await LibraryDocExamples.GenerateNativelyAsync(client, _output.Path, CancellationToken.None);

        Assert.Equal(AudioFormat.Mp3, Assert.Single(files).Format);
    }

    [Fact]
    public async Task Reattach_example_finishes_a_job_started_elsewhere()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        using var client = LibraryDocExamples.CreateClient(server.BaseAddress, apiKey: null);
        var started = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 });

        var result = await LibraryDocExamples.ReattachAsync(client, started.Id, CancellationToken.None);

        Assert.Equal(started.Id, result.JobId);
    }

    [Fact]
    public async Task Completion_example_delivers_both_files_of_the_batch()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(50));
        using var client = LibraryDocExamples.CreateClient(server.BaseAddress, apiKey: null);

        var outcome = await LibraryDocExamples.GenerateWithCompletionAsync(client, _output.Path, CancellationToken.None);

        Assert.Equal(["lofi_1.mp3", "lofi_2.mp3"], _output.Files());
        Assert.Equal(2, outcome.Files.Count);
    }

    [Fact]
    public async Task Cover_example_uploads_the_song()
    {
        var song = _output.Combine("song.wav");
        await File.WriteAllBytesAsync(song, AudioSamples.Wav(3));
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = LibraryDocExamples.CreateClient(server.BaseAddress, SimulatorClients.Key);

        var result = await LibraryDocExamples.CoverAsync(client, song, CancellationToken.None);

        Assert.Single(result.Audio);
    }

    [Fact]
    public async Task Error_example_explains_a_wrong_key_and_a_failed_job()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var wrongKey = LibraryDocExamples.CreateClient(server.BaseAddress, "wrong");
        using var client = LibraryDocExamples.CreateClient(server.BaseAddress, SimulatorClients.Key);
        server.Faults.JobFailureRate = 1;

        var unauthorized = await LibraryDocExamples.HandleErrorsAsync(wrongKey, new GenerationRequest { Caption = "x" }, CancellationToken.None);
        var failed = await LibraryDocExamples.HandleErrorsAsync(client, new GenerationRequest { Caption = "x", BatchSize = 1 }, CancellationToken.None);

        Assert.Equal("Check the API key.", unauthorized);
        Assert.StartsWith("The job failed:", failed, StringComparison.Ordinal);
    }

    public void Dispose() => _output.Dispose();
}
