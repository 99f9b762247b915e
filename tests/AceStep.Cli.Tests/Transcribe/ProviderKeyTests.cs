using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator.Providers.Faults;

namespace AceStep.Cli.Tests.Transcribe;

/// <summary>The provider keys follow api_key's rules: set only from stdin, masked, checked without being shown, never printed or written.</summary>
public sealed class ProviderKeyTests : IDisposable
{
    private const string OpenAiCanary = "sk-canary-openai-7f3a9c1e5b";
    private const string ElevenLabsCanary = "el-canary-eleven-2d8b4f6a0c";
    private const string GeminiCanary = "AIza-canary-gemini-9e1c3a5f7b";

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("openai.api_key", "openai")]
    [InlineData("elevenlabs.api_key", "elevenlabs")]
    [InlineData("gemini.api_key", "gemini")]
    public async Task A_provider_key_is_set_from_stdin_and_checked_without_being_shown(string key, string group)
    {
        var before = await _sandbox.RunAsync("config", "--check-key", group);
        var typed = await _sandbox.RunAsync("config", "--set", key);
        var set = await _sandbox.RunWithInputAsync(OpenAiCanary, "config", "--set", key);
        var after = await _sandbox.RunAsync("config", "--check-key", group, "--json");
        var get = await _sandbox.RunAsync("config", "--get", key);
        var list = await _sandbox.RunAsync("config", "--list");

        Assert.Equal($"{key}: empty", before.StandardOutput.Trim());
        Assert.Equal(2, typed.ExitCode);
        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Equal("configured", after.Json().GetProperty("value").GetString());
        Assert.Equal(2, get.ExitCode);
        Assert.Contains(list.StandardOutput.Split('\n'), line => line.StartsWith(key + " ", StringComparison.Ordinal) && line.Contains("= ***", StringComparison.Ordinal));
        Assert.Contains(OpenAiCanary, File.ReadAllText(_sandbox.ConfigPath), StringComparison.Ordinal);
        foreach (var run in new[] { before, typed, set, after, get, list })
        {
            Assert.DoesNotContain(OpenAiCanary, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_gemini_key_is_read_from_either_of_googles_variables()
    {
        _sandbox.Variables["GOOGLE_API_KEY"] = GeminiCanary;
        var google = await _sandbox.RunAsync("config", "--check-key", "gemini");
        _sandbox.Variables["GEMINI_API_KEY"] = "AIza-the-other-one";
        var both = await _sandbox.RunAsync("config", "--check-key", "gemini", "--json");

        Assert.Contains("gemini.api_key: configured", google.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("GOOGLE_API_KEY", google.StandardError, StringComparison.Ordinal);
        Assert.Equal("env GEMINI_API_KEY", both.Json().GetProperty("source").GetString());
    }

    [Fact]
    public async Task Canary_keys_never_appear_in_output_or_files_on_success_or_failure()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: static options => options.Providers.OpenAiApiKey = "sk-the-right-key-0000");
        TranscribeSongs.UseFakes(_sandbox, server, OpenAiCanary, ElevenLabsCanary, GeminiCanary);
        var jobId = await TranscribeSongs.GenerateAsync(_sandbox, TranscribeSongs.English, "en");
        var runs = new List<CliResult>
        {
            await _sandbox.RunAsync("transcribe", jobId, "--provider", "openai"),
            await _sandbox.RunAsync("transcribe", jobId, "--provider", "elevenlabs", "--json"),
            await _sandbox.RunAsync("config", "--list", "--json"),
        };
        server.Providers.Faults.Add(new ProviderFault("elevenlabs", ProviderFaultKind.HtmlPage, 502, Count: 0));
        runs.Add(await _sandbox.RunAsync("transcribe", jobId, "--provider", "elevenlabs"));
        server.Providers.Faults.Replace([new ProviderFault("elevenlabs", ProviderFaultKind.Status, 401, Count: 0)]);
        runs.Add(await _sandbox.RunAsync("transcribe", jobId, "--provider", "elevenlabs", "--json"));

        Assert.Equal([4, 0, 0, 5, 4], runs.Select(static run => run.ExitCode).ToArray());
        foreach (var canary in new[] { OpenAiCanary, ElevenLabsCanary, GeminiCanary })
        {
            foreach (var run in runs)
            {
                Assert.DoesNotContain(canary, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
                Assert.DoesNotContain(canary[^8..], run.StandardOutput + run.StandardError, StringComparison.Ordinal);
            }

            foreach (var file in _sandbox.AllFiles().Where(path => path != _sandbox.ConfigPath))
            {
                Assert.DoesNotContain(canary, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
    }
}
