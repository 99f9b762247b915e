using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>
/// The API key never leaves the config: with a unique key configured, run every command and error path and search everything the
/// CLI produced (stdout, stderr, result files, the ledger, the config listing) for it.
/// </summary>
public sealed class SecretsCanaryTests : IDisposable
{
    private const string Canary = "canary-7d1f0c2b9e8a4f55b3c6";
    private readonly CliSandbox _sandbox = new();
    private readonly List<CliResult> _results = [];

    public SecretsCanaryTests() => _sandbox.WriteFile("song.wav", TestAudio.Wav(5));

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(true, "native")]
    [InlineData(true, "completion")]
    [InlineData(false, "native")]
    [InlineData(false, "completion")]
    public async Task The_key_never_appears_anywhere(bool serverRequiresKey, string mode)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: serverRequiresKey ? Canary : null, mode: mode);
        _sandbox.Variables.Remove("ACESTEP_API_KEY");
        await RunWithInput(Canary, "config", "--set", "api_key");

        await Run("config", "--list");
        await Run("config", "--list", "--json");
        await Run("config");
        await Run("config", "--check-key");
        await Run("config", "--get", "api_key");
        await Run("config", "--get", "api_url");
        await Run("health");
        await Run("health", "--json");
        await Run("models");
        await Run("generate", "-c", "Rock", "-l", "[Verse] hello", "--duration", "8");
        await Run("generate", "-c", "Rock", "--duration", "8", "--json", "--batch", "2");
        await Run("cover", "song.wav", "-c", "Jazz", "--json");
        await Run("generate", "--src-audio", "song.wav", "--task-type", "repaint", "-c", "Pop", "--repaint-start", "1", "--repaint-end", "3");
        await Run("random", "--json");
        var submitted = await Run("generate", "Rock", "--duration", "8", "--no-wait", "--mode", "native", "-q");
        await Run("status", submitted.StandardOutput.Trim(), "--json");
        await Run("jobs");
        await Run("jobs", "--json", "--resume");

        // Error paths.
        await Run("generate", "--bpm", "1000", "Rock");
        await Run("generate", "--lyric", "x");
        await Run("status", "chatcmpl-0123456789abcdef");
        await Run("generate", "Rock", "--api-url", "https://api.acemusic.ai", "--json");
        server.Faults.JobFailureRate = 1;
        await Run("generate", "Rock", "--duration", "8", "--json");
        server.Faults.JobFailureRate = 0;
        server.Faults.QueueFull = true;
        await Run("generate", "Rock", "--duration", "8");
        server.Faults.QueueFull = false;
        await Run("generate", "Rock", "--api-url", "http://127.0.0.1:9", "--json");
        _sandbox.Variables["ACESTEP_API_KEY"] = Canary + "-wrong";
        await Run("generate", "Rock", "--duration", "8", "--mode", "native", "--json");
        _sandbox.Variables.Remove("ACESTEP_API_KEY");

        foreach (var result in _results)
        {
            Assert.DoesNotContain(Canary, result.StandardOutput);
            Assert.DoesNotContain(Canary, result.StandardError);
        }

        foreach (var file in _sandbox.AllFiles())
        {
            var isConfigFile = Path.GetFullPath(file) == Path.GetFullPath(_sandbox.ConfigPath);
            var isServerFile = file.StartsWith(Path.Combine(_sandbox.Root, "server"), StringComparison.Ordinal);
            if (!isConfigFile && !isServerFile)
            {
                Assert.DoesNotContain(Canary, File.ReadAllText(file));
            }
        }

        Assert.Contains(_results, r => r.ExitCode == 0 && r.StandardOutput.Contains(".mp3", StringComparison.Ordinal));
    }

    private async Task<CliResult> Run(params string[] args)
    {
        var result = await _sandbox.RunAsync(args);
        _results.Add(result);
        return result;
    }

    private async Task RunWithInput(string input, params string[] args) => _results.Add(await _sandbox.RunWithInputAsync(input, args));
}
