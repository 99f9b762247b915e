using System.Text.RegularExpressions;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>
/// The small things a new user meets first: out-of-range values warned about, what "instrumental" means recorded,
/// a missing argument named, one key advice on a 401, and the exit codes and variables in the top-level help.
/// </summary>
public sealed partial class UsabilityDetailsTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("5", "below the model's 10 s")]
    [InlineData("700", "above the model's 600 s")]
    public async Task A_duration_outside_the_models_range_is_sent_with_a_warning(string seconds, string warning)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", seconds, "--no-wait");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(warning, result.StandardError);
    }

    [Fact]
    public async Task A_duration_inside_the_range_gets_no_warning_and_the_help_states_the_range()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "--no-lint");
        var help = await _sandbox.RunAsync("generate", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Warning", result.StandardError);
        Assert.Contains("10-600", help.StandardOutput);
    }

    [Theory]
    [InlineData("--key-scale", "H major", "not a key the model knows")]
    [InlineData("--key-scale", "C dorian", "not a key the model knows")]
    [InlineData("--language", "klingon", "not a language the model knows")]
    public async Task An_unknown_key_or_language_is_sent_with_a_warning(string option, string value, string warning)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", option, value, "--no-wait");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(warning, result.StandardError);
    }

    [Theory]
    [InlineData("--key-scale", "F# minor")]
    [InlineData("--key-scale", "B♭ major")]
    [InlineData("--language", "ja")]
    [InlineData("--language", "yue")]
    public async Task Known_keys_and_languages_pass_silently(string option, string value)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", option, value, "--no-wait", "--no-lint");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Warning", result.StandardError);
    }

    [Theory]
    [InlineData(true, "generate", "Jazz with saxophone")]
    [InlineData(true, "generate", "Jazz", "--instrumental")]
    [InlineData(false, "generate", "Jazz", "-l", "[Verse] la la")]
    [InlineData(false, "generate", "-d", "a jazz song about rain")]
    public async Task The_saved_request_says_whether_the_song_is_instrumental(bool instrumental, params string[] args)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync([.. args, "--duration", "10", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
        Assert.Equal(instrumental, saved.GetProperty("request").GetProperty("instrumental").GetBoolean());
    }

    [Fact]
    public async Task Cover_without_its_file_names_the_missing_argument()
    {
        var result = await _sandbox.RunAsync("cover", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'acestep cover' needs its FILE argument", result.StandardError);
        Assert.Contains("Usage: acestep cover FILE", result.StandardError);
    }

    [Fact]
    public async Task A_description_is_announced_in_plain_words()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-d", "a calm song about rain", "--duration", "10", "--no-wait");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Generating music (from a description)", result.StandardError);
    }

    [Fact]
    public async Task The_missing_language_model_message_lists_the_options_that_need_it_in_plain_words()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.LmUnavailable = true;
        await _sandbox.RunAsync("generate", "Warm up", "--duration", "10", "--no-thinking");

        var result = await _sandbox.RunAsync("random", "--thinking", "--no-wait");

        Assert.Contains("random (asked by acestep random), thinking (asked by flag --thinking) needs it", result.StandardError);
        Assert.DoesNotContain("sample mode)", result.StandardError);
    }

    [Fact]
    public async Task A_wrong_key_gives_the_key_advice_once()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "right-key-1234");
        _sandbox.Variables["ACESTEP_API_KEY"] = "wrong-key-5678";

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Single(CheckTheKey().Matches(result.StandardError));
    }

    [Fact]
    public async Task A_key_hint_carries_the_config_file_named_on_the_command_line_and_works_verbatim()
    {
        const string key = "right-key-1234";
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: key);
        _sandbox.Variables.Remove("ACESTEP_API_KEY");
        var config = Path.Combine(_sandbox.Project, "my config.json");

        var denied = await _sandbox.RunAsync("--config", config, "generate", "Rock", "--duration", "10");
        var hint = denied.StandardError.Split('\n').Single(line => line.Contains("config --set api_key", StringComparison.Ordinal));
        var stored = await _sandbox.RunWithInputAsync(key, "--config", config, "config", "--set", "api_key");
        var generated = await _sandbox.RunAsync("--config", config, "generate", "Rock", "--duration", "10");

        Assert.True(denied.ExitCode == 4, denied.ToString());
        Assert.EndsWith($"| acestep --config '{config}' config --set api_key", hint.Trim());
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.False(File.Exists(_sandbox.ConfigPath));
        Assert.True(generated.ExitCode == 0, generated.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task The_top_level_help_lists_exit_codes_and_environment_variables(string argument)
    {
        var help = await _sandbox.RunAsync(argument);
        var commandHelp = await _sandbox.RunAsync("generate", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Exit codes:", help.StandardOutput);
        foreach (var line in new[] { "130", "not an ACE-Step API", "ACESTEP_API_URL", "ACESTEP_API_KEY", "ACESTEP_CONFIG", "ACESTEP_STATE_DIR", "ACESTEP_COMMAND", "NO_COLOR" })
        {
            Assert.Contains(line, help.StandardOutput);
        }

        Assert.DoesNotContain("Exit codes:", commandHelp.StandardOutput);
    }

    [GeneratedRegex("Check the API key", RegexOptions.IgnoreCase)]
    private static partial Regex CheckTheKey();
}
