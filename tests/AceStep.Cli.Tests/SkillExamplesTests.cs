using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>
/// Every example command of the seed SKILL text, in both modes, with and without a key on the server:
/// each must succeed and produce the documented files.
/// </summary>
public sealed class SkillExamplesTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("completion", null, ServerVersion.B)]
    [InlineData("native", null, ServerVersion.B)]
    [InlineData("completion", "skill-key-0a1b2c3d4e", ServerVersion.B)]
    [InlineData("native", "skill-key-0a1b2c3d4e", ServerVersion.A)]
    public async Task Every_generation_example_works(string mode, string? key, ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, apiKey: key, mode: mode);
        await PrepareSourceAudioAsync();

        await Succeeds(0, "health");
        await Succeeds(1, "generate", "-c", "pop, female vocal, piano", "-l", "[Verse] Your lyrics here...", "--duration", "120", "--language", "zh");
        await Succeeds(1, "generate", "-c", "Electronic pop, energetic synths", "-l", "[Verse] Your complete lyrics [Chorus] Full chorus here...", "--duration", "120", "--bpm", "128");
        await Succeeds(1, "generate", "Jazz with saxophone");
        await Succeeds(1, "generate", "-d", "A cheerful song about spring");
        await Succeeds(1, "random");
        await Succeeds(1, "cover", "song.mp3", "-c", "Rock cover style", "-l", "[Verse] Lyrics...", "--duration", "120", "--bpm", "128");
        await Succeeds(1, "generate", "--src-audio", "song.mp3", "--task-type", "repaint", "-c", "Pop", "--repaint-start", "30", "--repaint-end", "60");
        await Succeeds(1, "generate", "Rock", "--duration", "60", "--bpm", "120", "--key-scale", "C major", "--time-sig", "4/4");
        await Succeeds(2, "generate", "Rock", "--duration", "60", "--batch", "2");
        await Succeeds(1, "generate", "EDM", "--no-thinking");
        await Succeeds(1, "cover", "input.mp3", "-c", "Jazz cover", "-l", "[Verse] New lyrics...", "--duration", "120");
        await Succeeds(1, "generate", "--src-audio", "input.mp3", "--task-type", "repaint", "-c", "Pop ballad", "--repaint-start", "30", "--repaint-end", "90");
        await Succeeds(0, "models");
    }

    [Fact]
    public async Task Status_example_fetches_a_native_job()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var jobId = (await _sandbox.RunAsync("generate", "Rock", "--duration", "30", "--no-wait", "-q")).StandardOutput.Trim();

        var result = await _sandbox.RunAsync("status", jobId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + ".json")));
        Assert.True(File.Exists(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.mp3")));
    }

    [Fact]
    public async Task Every_config_example_works()
    {
        Assert.Equal("api_key: empty", (await _sandbox.RunAsync("config", "--check-key")).StandardOutput.Trim());
        Assert.Equal("api_url = http://127.0.0.1:8001", (await _sandbox.RunAsync("config", "--get", "api_url")).StandardOutput.Trim());

        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "api_url", "https://api.acemusic.ai")).ExitCode);
        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "api_key", "your-key")).ExitCode);
        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "api_mode", "completion")).ExitCode);
        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "api_mode", "native")).ExitCode);
        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "api_url", "http://remote-server:8001")).ExitCode);

        Assert.Equal("api_key: configured", (await _sandbox.RunAsync("config", "--check-key")).StandardOutput.Trim());
        Assert.Equal("api_url = http://remote-server:8001", (await _sandbox.RunAsync("config", "--get", "api_url")).StandardOutput.Trim());
        Assert.Equal("api_mode = native", (await _sandbox.RunAsync("config", "--get", "api_mode")).StandardOutput.Trim());
    }

    private async Task PrepareSourceAudioAsync()
    {
        // A real MP3 long enough for the 30-90 s repaint windows, made by the server itself.
        var made = await _sandbox.RunAsync("generate", "source material", "--duration", "100", "--no-thinking", "--json", "--output-dir", Path.Combine(_sandbox.Root, "sources"));
        Assert.True(made.ExitCode == 0, made.ToString());
        var mp3 = made.Json().GetProperty("files")[0].GetString()!;
        File.Copy(mp3, Path.Combine(_sandbox.Project, "song.mp3"));
        File.Copy(mp3, Path.Combine(_sandbox.Project, "input.mp3"));
    }

    private async Task Succeeds(int expectedFiles, params string[] args)
    {
        var result = await _sandbox.RunAsync([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, $"acestep {string.Join(' ', args)}\n{result}");
        if (expectedFiles == 0)
        {
            return;
        }

        var report = result.Json();
        Assert.Equal(expectedFiles, report.GetProperty("files").GetArrayLength());
        foreach (var file in report.GetProperty("files").EnumerateArray())
        {
            Assert.True(new FileInfo(file.GetString()!).Length > 0);
        }

        var saved = ResultFiles.ReadResult(_sandbox, report.GetProperty("job_id").GetString()!);
        ResultFiles.AssertHasTheDocumentedResultFields(saved);
    }
}
