using System.Buffers.Binary;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Cli.Tests.Transcribe;
using AceStep.Simulator.Providers.Faults;

namespace AceStep.Cli.Tests.Thumbnail;

/// <summary><c>acestep thumbnail</c> against the simulator's Gemini fake.</summary>
public sealed class ThumbnailTests : IDisposable
{
    private const string GeminiCanary = "AIza-canary-thumb-5c7e9a1b3d";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_cover_from_a_job_is_drawn_from_its_caption_at_2K_16_by_9()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server, geminiKey: GeminiCanary);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");

        var result = await _sandbox.RunAsync("thumbnail", "--from", jobId, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var path = Path.Combine(_sandbox.OutputDirectory, $"{jobId}_cover.png");
        Assert.Equal(path, report.GetProperty("output").GetString());
        Assert.Contains("synth pop, female vocal", report.GetProperty("prompt").GetString(), StringComparison.Ordinal);
        Assert.Contains("no text or letters", report.GetProperty("prompt").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((2752, 1536), PngSize(path));
        var sent = Assert.Single(server.Providers.Requests.All, static r => r.Provider == "gemini");
        Assert.Empty(sent.Query);
        Assert.DoesNotContain(GeminiCanary, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_with_a_ratio_and_size_writes_the_extension_of_the_bytes()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);

        var result = await _sandbox.RunAsync("thumbnail", "--prompt", "a neon city at night, no text or letters", "--aspect-ratio", "9:16", "--size", "1k", "--output", "bg.jpg");

        Assert.True(result.ExitCode == 0, result.ToString());
        var path = Path.Combine(_sandbox.Project, "bg.png");
        Assert.Equal(path, result.StandardOutput.Trim());
        Assert.Equal((768, 1376), PngSize(path));
        Assert.False(File.Exists(Path.Combine(_sandbox.Project, "bg.jpg")));
    }

    [Theory]
    [InlineData("a forbidden scene", "PROHIBITED_CONTENT")]
    [InlineData("an unsafe scene", "IMAGE_SAFETY")]
    public async Task A_blocked_prompt_exits_13_with_the_reason_and_writes_nothing(string prompt, string reason)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        TranscribeSongs.UseFakes(_sandbox, server);

        var result = await _sandbox.RunAsync("thumbnail", "--prompt", prompt, "--json");

        Assert.True(result.ExitCode == 13, result.ToString());
        Assert.Contains(reason, result.Json().GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_sandbox.OutputDirectory) && Directory.EnumerateFiles(_sandbox.OutputDirectory, "cover*").Any());
    }

    [Fact]
    public async Task Faults_wrong_keys_and_bad_flags_get_their_exit_codes()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: static options => options.Providers.GeminiApiKey = "AIza-the-right-one");
        TranscribeSongs.UseFakes(_sandbox, server, geminiKey: GeminiCanary);

        var wrongKey = await _sandbox.RunAsync("thumbnail", "--prompt", "a lake");
        server.Providers.Options.GeminiApiKey = null;
        server.Providers.Faults.Add(new ProviderFault("gemini", ProviderFaultKind.Status, 503, Count: 0));
        var unavailable = await _sandbox.RunAsync("thumbnail", "--prompt", "a lake");
        var badRatio = await _sandbox.RunAsync("thumbnail", "--prompt", "a lake", "--aspect-ratio", "16:10");
        var nothing = await _sandbox.RunAsync("thumbnail");
        _sandbox.Variables.Remove("GEMINI_API_KEY");
        var noKey = await _sandbox.RunAsync("thumbnail", "--prompt", "a lake");

        Assert.Equal([4, 5, 2, 2, 3], new[] { wrongKey.ExitCode, unavailable.ExitCode, badRatio.ExitCode, nothing.ExitCode, noKey.ExitCode });
        Assert.Contains("16:9, 9:16, 1:1", badRatio.StandardError, StringComparison.Ordinal);
        Assert.Contains("acestep config --set gemini.api_key", noKey.StandardError, StringComparison.Ordinal);
        foreach (var run in new[] { wrongKey, unavailable, badRatio, nothing, noKey })
        {
            Assert.DoesNotContain(GeminiCanary, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(_sandbox.OutputDirectory) && Directory.EnumerateFiles(_sandbox.OutputDirectory).Any());
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0x89, bytes[0]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
