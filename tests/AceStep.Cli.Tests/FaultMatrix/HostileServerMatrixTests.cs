using System.Text;
using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// Rows of docs/reliability.md about a hostile or broken server end to end through the CLI:
/// each gets a clear error and a documented exit code, and nothing is written outside the output folder.
/// </summary>
public sealed class HostileServerMatrixTests : IDisposable
{
    private const string JobId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private readonly CliSandbox _sandbox = new();
    private readonly ITestOutputHelper _output;

    public HostileServerMatrixTests(ITestOutputHelper output)
    {
        _output = output;
        _sandbox.Variables["ACESTEP_API_MODE"] = "native";
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Hostile_job_id_is_refused_and_nothing_is_written_outside_the_output_folder()
    {
        await using var server = Serve(new()
        {
            ["/release_task"] = HostileAnswer.Envelope("""{"task_id":"../../../escaped\u0007","status":"queued","queue_position":1}"""),
        });

        var result = await RunAsync("generate", "Rock", "--duration", "5");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("POST /release_task", result.StandardError);
        Assert.DoesNotContain("../", result.StandardError);
        var parent = Path.GetDirectoryName(_sandbox.Root)!;
        Assert.Empty(Directory.EnumerateFiles(parent, "*escaped*", SearchOption.AllDirectories));
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Html_error_page_on_submission_is_named_by_its_title()
    {
        await using var server = Serve(new()
        {
            ["/release_task"] = new HostileAnswer(502, "text/html", "<!DOCTYPE html><html><head><title>api.example.com | 502: Bad gateway</title></head><body>Cloudflare</body></html>"u8.ToArray()),
        });

        var result = await RunAsync("generate", "Rock", "--duration", "5");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("502: Bad gateway", result.StandardError);
        Assert.DoesNotContain("<html", result.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Html_page_instead_of_audio_saves_nothing()
    {
        await using var server = Serve(Succeeding(new HostileAnswer(200, "text/html", "<html><head><title>Sign in</title></head><body>login</body></html>"u8.ToArray())));

        var result = await RunAsync("generate", "Rock", "--duration", "5");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("text/html instead of audio", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox)); // hidden temporary files count too
    }

    [Fact]
    public async Task Audio_under_a_contradicting_mime_type_is_named_after_its_bytes()
    {
        await using var server = Serve(Succeeding(new HostileAnswer(200, "audio/mpeg", TestAudio.Wav(2))));

        var result = await RunAsync("generate", "Rock", "--duration", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var file = Assert.Single(ResultFiles.AudioFiles(_sandbox));
        Assert.Equal($"{JobId}_1.wav", Path.GetFileName(file));
    }

    [Fact]
    public async Task Endless_answer_is_cut_at_the_cap()
    {
        await using var server = Serve(new()
        {
            ["/release_task"] = new HostileAnswer(200, "application/json", "{\"data\":{\"task_id\":\""u8.ToArray(), Endless: true),
        });

        var result = await RunAsync("generate", "Rock", "--duration", "5");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("POST /release_task", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Truncated_download_leaves_no_partial_file()
    {
        var wav = TestAudio.Wav(5);
        await using var server = Serve(Succeeding(new HostileAnswer(200, "audio/wav", wav[..5000], DeclaredLength: wav.Length)));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;

        CliResult result;
        await using (TimeLapse.Start(clock))
        {
            result = await RunAsync("generate", "Rock", "--duration", "5");
        }

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("GET /v1/audio", result.StandardError);
        Assert.Contains($"Resume with: acestep status {JobId}", result.StandardError);
        Assert.DoesNotContain("Is ACE-Step installed", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox)); // hidden temporary files count too
    }

    private static Dictionary<string, HostileAnswer> Succeeding(HostileAnswer audio)
    {
        const string items = """[{"file": "/v1/audio?path=%2Fsrv%2Fa.mp3", "wave": "", "status": 1, "create_time": 1780315200, "prompt": "Rock", "lyrics": "", "metas": {"bpm": 120, "duration": 2, "genres": "N/A", "keyscale": "C major", "timesignature": "4"}, "seed_value": "1", "progress": 1.0, "stage": "succeeded"}]""";
        return new()
        {
            ["/release_task"] = HostileAnswer.Envelope($$"""{"task_id":"{{JobId}}","status":"queued","queue_position":1}"""),
            ["/query_result"] = HostileAnswer.Envelope($$"""[{"task_id":"{{JobId}}","result":{{JsonSerializer.Serialize(items)}},"status":1}]"""),
            ["/v1/audio"] = audio,
        };
    }

    private HostileServer Serve(Dictionary<string, HostileAnswer> answers)
    {
        answers["/health"] = HostileServer.Health;
        var server = new HostileServer(path => answers.GetValueOrDefault(path, HostileAnswer.NotFound));
        _sandbox.Variables["ACESTEP_API_URL"] = server.BaseAddress.ToString();
        return server;
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var result = await _sandbox.RunAsync(args).WaitAsync(TimeSpan.FromMinutes(2));
        _output.WriteLine(result.ToString());
        return result;
    }
}
