using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class CompletionGenerationTests : IDisposable
{
    private readonly TempDirectory _output = new();

    public static TheoryData<ServerVersion, bool, bool> Matrix => new()
    {
        { ServerVersion.A, false, false },
        { ServerVersion.A, true, true },
        { ServerVersion.B, false, true },
        { ServerVersion.B, true, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Generates_and_decodes_the_audio_to_disk(ServerVersion version, bool withKey, bool stream)
    {
        await using var server = await SimulatorClients.StartAsync(version, withKey, o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(30));
        using var client = SimulatorClients.Client(server, withKey);
        await WarmUpAsync(client, version);
        var heartbeats = 0;

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "lofi beat", Lyrics = "[Verse]\nRain on the window", DurationSeconds = 8, Bpm = 90, AudioFormat = "wav" },
            new CompletionOptions { Stream = stream, Progress = new SynchronousProgress<JobProgress>(_ => heartbeats++) },
            new AudioDestination(_output.Path, "chat"));

        var file = Assert.Single(outcome.Files);
        Assert.Equal(_output.Combine("chat_1.wav"), file.Path);
        Assert.Equal(AudioFormat.Wav, file.Format);
        Assert.InRange(file.Duration!.Value.TotalSeconds, 7, 9);
        Assert.Equal("lofi beat", outcome.Result.Prompt);
        Assert.Equal("[Verse]\nRain on the window", outcome.Result.Lyrics);
        Assert.Equal(90, outcome.Result.Metadata.Bpm);
        Assert.StartsWith("chatcmpl-", outcome.Result.JobId, StringComparison.Ordinal);
        Assert.Equal(["chat_1.wav"], _output.Files());
        if (stream)
        {
            Assert.True(heartbeats > 0);
        }
    }

    [Fact]
    public async Task A_fresh_version_B_server_answers_not_ready_with_guidance()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepNotReadyException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions(), new AudioDestination(_output.Path, "chat")));

        Assert.StartsWith("Model not initialized", error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("POST /v1/init", error.Message, StringComparison.Ordinal);
        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task A_batch_is_delivered_by_one_request_per_file_with_distinct_seeds()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        await WarmUpAsync(client, ServerVersion.B);

        var reports = new List<JobProgress>();

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x", BatchSize = 3, Seeds = [1, 2, 3], DurationSeconds = 3 },
            new CompletionOptions { Progress = new SynchronousProgress<JobProgress>(reports.Add) },
            new AudioDestination(_output.Path, "batch"));

        Assert.Equal(["batch_1.mp3", "batch_2.mp3", "batch_3.mp3"], _output.Files());
        Assert.Equal([33.3, 66.7, 100], reports.Select(r => r.Percent!.Value));
        Assert.Equal(JobState.Succeeded, reports[^1].State);
        Assert.Equal(3, outcome.Results.Count);
        Assert.Equal(3, outcome.Results.Select(r => r.JobId).Distinct().Count());
    }

    [Fact]
    public async Task A_cover_sends_the_source_as_base64()
    {
        var source = _output.Combine("source.wav");
        await File.WriteAllBytesAsync(source, AudioSamples.Wav(4));
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        await WarmUpAsync(client, ServerVersion.B);

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "jazz cover", SourceAudio = AudioSource.FromFile(source), CoverStrength = 0.4 },
            new CompletionOptions { Stream = true },
            new AudioDestination(_output.Path, "cover"));

        Assert.Single(outcome.Files);
    }

    [Fact]
    public async Task A_gateway_timeout_says_the_job_still_runs_and_not_to_resend()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o => o.FixedGenerationTime = TimeSpan.FromSeconds(3));
        server.Faults.ChatTimeout = TimeSpan.FromMilliseconds(200);
        using var client = SimulatorClients.Client(server, withKey: false);
        await WarmUpAsync(client, ServerVersion.B);

        var error = await Assert.ThrowsAsync<AceStepGatewayException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions(), new AudioDestination(_output.Path, "chat")));

        Assert.True(error.JobMayStillRun);
        Assert.Equal(504, error.StatusCode);
        Assert.Contains("do not resend it blindly", error.Message, StringComparison.Ordinal);
        Assert.Contains("streaming", error.Message, StringComparison.Ordinal);
        Assert.Empty(_output.Files());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failed_job_is_reported_in_both_transfer_modes(bool stream)
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        await WarmUpAsync(client, ServerVersion.B);
        server.Faults.JobFailureRate = 1;

        var error = await Assert.ThrowsAnyAsync<AceStepException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Stream = stream }, new AudioDestination(_output.Path, "chat")));

        Assert.True(error is AceStepJobFailedException or AceStepServerErrorException, error.GetType().Name);
        Assert.False(string.IsNullOrWhiteSpace(error.ServerMessage));
        Assert.DoesNotContain("Traceback", error.Message, StringComparison.Ordinal);
        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task The_model_is_taken_from_the_model_list_when_not_given()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        await WarmUpAsync(client, ServerVersion.B);
        var listed = await client.ListModelsAsync();

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x", DurationSeconds = 2 }, new CompletionOptions(), new AudioDestination(_output.Path, "chat"));

        Assert.Equal(listed[0].Id, outcome.Model);
    }

    public void Dispose() => _output.Dispose();

    private static async Task WarmUpAsync(AceStepClient client, ServerVersion version)
    {
        if (version == ServerVersion.B)
        {
            await client.InitializeModelsAsync();
        }
    }
}
