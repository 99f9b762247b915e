using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class NativeGenerationTests : IDisposable
{
    private readonly TempDirectory _output = new();

    public static TheoryData<ServerVersion, bool> VersionsAndAuth => new()
    {
        { ServerVersion.A, false },
        { ServerVersion.A, true },
        { ServerVersion.B, false },
        { ServerVersion.B, true },
    };

    [Theory]
    [MemberData(nameof(VersionsAndAuth))]
    public async Task Generate_wait_and_download_end_to_end(ServerVersion version, bool withKey)
    {
        await using var server = await SimulatorClients.StartAsync(version, withKey);
        using var client = SimulatorClients.Client(server, withKey);
        var reports = new List<JobProgress>();

        var operation = await client.StartGenerationAsync(new GenerationRequest
        {
            Caption = "upbeat synth-pop, female vocal",
            Lyrics = "[Verse]\nHello world",
            DurationSeconds = 10,
            BatchSize = 2,
            Bpm = 120,
            TimeSignature = "4/4",
        });
        var result = await operation.WaitForCompletionAsync(new SynchronousProgress<JobProgress>(reports.Add), TimeSpan.FromSeconds(60));
        var files = await operation.DownloadAudioAsync(new AudioDestination(_output.Path, JobIdSanitizer.ToFileStem(operation.Id)));

        Assert.Equal(operation.Id, result.JobId);
        Assert.Equal(2, result.Audio.Count);
        Assert.Equal("upbeat synth-pop, female vocal", result.Metadata.OriginalPrompt);
        Assert.Equal(120, result.Metadata.Bpm);
        Assert.Equal("4", result.Metadata.TimeSignature);
        Assert.False(string.IsNullOrEmpty(result.SeedValue));
        Assert.Equal([$"{operation.Id}_1.mp3", $"{operation.Id}_2.mp3"], _output.Files());
        Assert.All(files, f => Assert.Equal(AudioFormat.Mp3, f.Format));
        Assert.All(files, f => Assert.InRange(f.Duration!.Value.TotalSeconds, 9, 11));
        Assert.Equal(JobState.Succeeded, reports[^1].State);
    }

    [Theory]
    [InlineData(ServerVersion.A, "flac", AudioFormat.Flac)]
    [InlineData(ServerVersion.B, "wav32", AudioFormat.WavFloat)]
    [InlineData(ServerVersion.B, "opus", AudioFormat.Opus)]
    [InlineData(ServerVersion.B, "aac", AudioFormat.Aac)]
    [InlineData(ServerVersion.B, "ogg", AudioFormat.Flac)]
    public async Task Files_are_named_after_their_actual_content(ServerVersion version, string requested, AudioFormat expected)
    {
        await using var server = await SimulatorClients.StartAsync(version, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);

        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", DurationSeconds = 5, BatchSize = 1, AudioFormat = requested });
        await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));
        var saved = Assert.Single(await operation.DownloadAudioAsync(new AudioDestination(_output.Path, "song")));

        Assert.Equal(expected, saved.Format);
        Assert.Equal("." + AceStep.Client.Audio.AudioFormatSniffer.ExtensionFor(expected), Path.GetExtension(saved.Path));
        Assert.NotNull(saved.Duration);
    }

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task A_cover_uploads_the_source_file(ServerVersion version)
    {
        var source = _output.Combine("source.wav");
        await File.WriteAllBytesAsync(source, AudioSamples.Wav(3));
        await using var server = await SimulatorClients.StartAsync(version, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: true);

        var operation = await client.StartGenerationAsync(CoverOf(source));
        var result = await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        Assert.Single(result.Audio);
        Assert.Empty(operation.Warnings);
    }

    [Fact]
    public async Task A_version_A_server_that_answers_multipart_with_a_plain_500_gets_the_local_path()
    {
        var source = _output.Combine("source.wav");
        await File.WriteAllBytesAsync(source, AudioSamples.Wav(3));
        await using var server = await SimulatorClients.StartAsync(ServerVersion.A, withKey: false);
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.PlainText500));
        using var client = SimulatorClients.Client(server, withKey: false);

        var operation = await client.StartGenerationAsync(CoverOf(source));
        var result = await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        Assert.Single(result.Audio);
        Assert.Contains("src_audio_path", Assert.Single(operation.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_can_be_reattached_by_id_from_a_new_client()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        string id;
        using (var first = SimulatorClients.Client(server, withKey: true))
        {
            id = (await first.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 })).Id;
        }

        using var second = SimulatorClients.Client(server, withKey: true);
        var operation = GenerationOperation.Rehydrate(second, id);
        var result = await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(id, result.JobId);
        Assert.Null(operation.QueuePositionAtSubmission);
    }

    [Fact]
    public async Task Jobs_forgotten_by_a_restart_are_reported_lost()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false, o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        using var client = SimulatorClients.Client(server, withKey: false, o => o.LostJobGracePeriod = TimeSpan.FromSeconds(1));
        await client.StartGenerationAsync(new GenerationRequest { Caption = "running", BatchSize = 1 });
        var queued = await client.StartGenerationAsync(new GenerationRequest { Caption = "queued", BatchSize = 1 });

        await server.RestartAsync();

        var error = await Assert.ThrowsAsync<AceStepJobLostException>(() => queued.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(30)));
        Assert.Equal(queued.Id, error.JobId);
    }

    [Fact]
    public async Task A_wrong_key_is_unauthorized_with_the_servers_message()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true);
        using var client = SimulatorClients.Client(server, withKey: false, o => o.ApiKey = "wrong");

        var error = await Assert.ThrowsAsync<AceStepUnauthorizedException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.Equal("Invalid API key", error.ServerMessage);
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task Queue_full_is_reported_as_such()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        server.Faults.QueueFull = true;
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepQueueFullException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.Equal("Server busy: queue is full", error.ServerMessage);
    }

    [Fact]
    public async Task A_failing_job_raises_job_failed()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        server.Faults.JobFailureRate = 1;
        using var client = SimulatorClients.Client(server, withKey: false);

        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 });

        var error = await Assert.ThrowsAsync<AceStepJobFailedException>(() => operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60)));
        Assert.Equal(operation.Id, error.JobId);
    }

    [Fact]
    public async Task A_dropped_download_resumes()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1, DurationSeconds = 20, AudioFormat = "wav" });
        var result = await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));
        server.Faults.DropDownloadAfterBytes = 100_000;

        var saved = await client.DownloadAudioAsync(result.Audio[0].FileUrl, new AudioDestination(_output.Path, "resumed"));

        Assert.Equal(AudioFormat.Wav, saved.Format);
        Assert.Equal(20, saved.Duration!.Value.TotalSeconds, precision: 1);
        Assert.Equal(["resumed.wav"], _output.Files());
    }

    public void Dispose() => _output.Dispose();

    private static GenerationRequest CoverOf(string source) => new()
    {
        Caption = "rock cover",
        SourceAudio = AudioSource.FromFile(source),
        CoverStrength = 0.5,
        BatchSize = 1,
    };
}
