using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

public sealed class SecretsConfigTests : IDisposable
{
    private const string Key = "sk-canary-3f1c9a7e55d24b";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Set_api_key_from_stdin_never_echoes_it()
    {
        var result = await _sandbox.RunWithInputAsync(Key + "\n", "config", "--set", "api_key");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("api_key: configured", result.StandardOutput.Trim());
        Assert.DoesNotContain(Key, result.StandardError);
        Assert.Contains(Key, File.ReadAllText(_sandbox.ConfigPath));
    }

    [Fact]
    public async Task Set_api_key_dash_reads_stdin()
    {
        var result = await _sandbox.RunWithInputAsync(Key, "config", "--set", "api_key", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"api_key\": \"{Key}\"", File.ReadAllText(_sandbox.ConfigPath));
    }

    [Fact]
    public async Task Set_api_key_from_a_terminal_refuses_to_prompt()
    {
        var result = await _sandbox.RunAsync("config", "--set", "api_key");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("never prompts", result.StandardError);
        Assert.False(File.Exists(_sandbox.ConfigPath));
    }

    [Fact]
    public async Task Set_api_key_as_argument_is_accepted_but_not_echoed()
    {
        var result = await _sandbox.RunAsync("config", "--set", "api_key", Key);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Key, result.StandardOutput + result.StandardError);
        Assert.Contains("shell history", result.StandardError);
    }

    [Fact]
    public async Task Get_api_key_refuses_and_points_to_check_key()
    {
        await _sandbox.RunWithInputAsync(Key, "config", "--set", "api_key");

        var result = await _sandbox.RunAsync("config", "--get", "api_key");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--check-key", result.StandardError);
        Assert.DoesNotContain(Key, result.StandardOutput + result.StandardError);
    }

    [Fact]
    public async Task List_and_json_list_mask_the_key()
    {
        await _sandbox.RunWithInputAsync(Key, "config", "--set", "api_key");

        var list = await _sandbox.RunAsync("config", "--list");
        var json = await _sandbox.RunAsync("config", "--list", "--json");
        var plain = await _sandbox.RunAsync("config");

        Assert.Contains("api_key                     = ***", list.StandardOutput);
        Assert.Contains("\"***\"", json.StandardOutput);
        foreach (var result in new[] { list, json, plain })
        {
            Assert.DoesNotContain(Key, result.StandardOutput + result.StandardError);
        }
    }

    [Fact]
    public async Task Check_key_reports_configured_or_empty_including_the_environment()
    {
        var empty = await _sandbox.RunAsync("config", "--check-key");
        _sandbox.Variables["ACESTEP_API_KEY"] = Key;
        var fromEnv = await _sandbox.RunAsync("config", "--check-key");

        Assert.Equal("api_key: empty", empty.StandardOutput.Trim());
        Assert.Equal("api_key: configured", fromEnv.StandardOutput.Trim());
        Assert.Contains("env ACESTEP_API_KEY", fromEnv.StandardError);
        Assert.DoesNotContain(Key, fromEnv.StandardOutput + fromEnv.StandardError);
    }

    [Fact]
    public async Task Unset_api_key_clears_it()
    {
        await _sandbox.RunWithInputAsync(Key, "config", "--set", "api_key");

        await _sandbox.RunAsync("config", "--unset", "api_key");
        var check = await _sandbox.RunAsync("config", "--check-key");

        Assert.Equal("api_key: empty", check.StandardOutput.Trim());
        Assert.DoesNotContain(Key, File.ReadAllText(_sandbox.ConfigPath));
    }
}
