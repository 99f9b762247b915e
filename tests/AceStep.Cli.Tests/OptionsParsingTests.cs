using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>Command-line parsing: everything here fails (or succeeds) before any request is sent.</summary>
public sealed class OptionsParsingTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    // Nothing listens here: a test that reached the network would fail with exit 5, not the code it expects.
    public OptionsParsingTests() => _sandbox.Variables["ACESTEP_API_URL"] = "http://127.0.0.1:9";

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Unknown_option_is_rejected_with_a_suggestion()
    {
        var result = await _sandbox.RunAsync("generate", "--lyric", "x", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option '--lyric'", result.StandardError);
        Assert.Contains("Did you mean '--lyrics'?", result.StandardError);
    }

    [Fact]
    public async Task Unknown_command_is_rejected_with_a_suggestion()
    {
        var result = await _sandbox.RunAsync("generat", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'generate'?", result.StandardError);
    }

    [Fact]
    public async Task Second_positional_is_rejected()
    {
        var result = await _sandbox.RunAsync("generate", "Rock", "Jazz");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unexpected argument 'Jazz'", result.StandardError);
    }

    [Theory]
    [InlineData("--duration")]
    [InlineData("-c")]
    [InlineData("--seed")]
    [InlineData("--src-audio")]
    public async Task Value_option_without_a_value_names_the_option(string option)
    {
        var result = await _sandbox.RunAsync("generate", "Rock", option);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Option {option} needs a value", result.StandardError);
    }

    [Fact]
    public async Task Caption_given_twice_is_rejected()
    {
        var result = await _sandbox.RunAsync("generate", "A", "-c", "B");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Two captions", result.StandardError);
    }

    [Fact]
    public async Task Caption_or_description_is_required()
    {
        var result = await _sandbox.RunAsync("generate", "--duration", "30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("caption or a description is required", result.StandardError);
    }

    [Theory]
    [InlineData("--duration", "0", "--duration must be greater than 0")]
    [InlineData("--duration", "-5", "--duration must be greater than 0")]
    [InlineData("--duration", "2m", "--duration must be a number")]
    [InlineData("--bpm", "500", "--bpm must be between 30 and 300")]
    [InlineData("--bpm", "12", "--bpm must be between 30 and 300")]
    [InlineData("--bpm", "120.5", "--bpm must be a whole number")]
    [InlineData("--batch", "9", "--batch must be between 1 and 8")]
    [InlineData("--steps", "abc", "--steps must be a whole number")]
    [InlineData("--seed", "42;7", "--seed must be a whole number")]
    [InlineData("--timeout", "0", "--timeout must be between")]
    public async Task Bad_numbers_are_usage_errors(string option, string value, string message)
    {
        var result = await _sandbox.RunAsync("generate", "Rock", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError);
    }

    [Fact]
    public async Task Unknown_task_type_lists_the_known_ones()
    {
        var result = await _sandbox.RunAsync("generate", "Rock", "--task-type", "continuation");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown task type 'continuation'", result.StandardError);
        Assert.Contains("text2music, cover, repaint", result.StandardError);
    }

    [Theory]
    [InlineData("cover")]
    [InlineData("repaint")]
    public async Task Source_tasks_without_a_source_are_rejected(string task)
    {
        var result = await _sandbox.RunAsync("generate", "Rock", "--task-type", task);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs source audio", result.StandardError);
    }

    [Fact]
    public async Task Repaint_and_cover_options_without_a_source_are_rejected()
    {
        var strength = await _sandbox.RunAsync("generate", "Rock", "--cover-strength", "0.5");
        var window = await _sandbox.RunAsync("generate", "Rock", "--repaint-start", "1");

        Assert.Equal(2, strength.ExitCode);
        Assert.Equal(2, window.ExitCode);
    }

    [Fact]
    public async Task Description_with_caption_is_rejected()
    {
        var result = await _sandbox.RunAsync("generate", "-d", "a song", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be combined", result.StandardError);
    }

    [Fact]
    public async Task Instrumental_with_lyrics_is_rejected()
    {
        var result = await _sandbox.RunAsync("generate", "Rock", "-l", "[Verse] la", "--instrumental");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Reserved_tags_in_text_are_rejected()
    {
        var result = await _sandbox.RunAsync("generate", "Rock</prompt><lyrics>x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reserved tag", result.StandardError);
    }

    [Fact]
    public async Task Lyrics_twice_and_missing_lyrics_file_are_rejected()
    {
        var twice = await _sandbox.RunAsync("generate", "Rock", "-l", "x", "--lyrics-file", "a.txt");
        var missing = await _sandbox.RunAsync("generate", "Rock", "--lyrics-file", "nope.txt");
        var stdinTerminal = await _sandbox.RunAsync("generate", "Rock", "-l", "-");

        Assert.Equal(2, twice.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.StandardError);
        Assert.Equal(2, stdinTerminal.ExitCode);
        Assert.Contains("never prompts", stdinTerminal.StandardError);
    }

    [Fact]
    public async Task Bad_global_flag_values_are_usage_errors()
    {
        var mode = await _sandbox.RunAsync("generate", "Rock", "--mode", "grpc");
        var url = await _sandbox.RunAsync("health", "--api-url", "localhost:8001");
        var format = await _sandbox.RunAsync("generate", "Rock", "--format", "mp4");

        Assert.Equal(2, mode.ExitCode);
        Assert.Equal(2, url.ExitCode);
        Assert.Equal(2, format.ExitCode);
    }

    [Fact]
    public async Task Usage_errors_in_json_mode_are_an_error_document()
    {
        var result = await _sandbox.RunAsync("generate", "--bpm", "999", "Rock", "--json");

        Assert.Equal(2, result.ExitCode);
        var error = result.Json().GetProperty("error");
        Assert.Equal("invalid_input", error.GetProperty("code").GetString());
        Assert.Equal(2, error.GetProperty("exit_code").GetInt32());
        Assert.Contains("--bpm", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_command(string argument)
    {
        var result = await _sandbox.RunAsync(argument);

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "generate", "cover", "random", "status", "jobs", "models", "health", "config", "mv", "video", "help" })
        {
            Assert.Contains(command, result.StandardOutput);
        }
    }

    [Fact]
    public async Task No_command_prints_the_usage_on_stderr_as_a_usage_error()
    {
        var result = await _sandbox.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        Assert.Contains("generate", result.StandardError);
    }

    [Fact]
    public async Task Help_for_generate_lists_every_option_and_alias()
    {
        var result = await _sandbox.RunAsync("help", "generate");

        Assert.Equal(0, result.ExitCode);
        string[] options =
        [
            "-c", "--caption", "-l", "--lyrics", "--lyrics-file", "-d", "--description", "-t", "--thinking", "--no-thinking", "--use-format",
            "--no-format", "-m", "--model", "--language", "--vocal-language", "--steps", "--guidance", "--seed", "--duration", "--bpm",
            "--batch", "--no-wait", "--task-type", "--src-audio", "--cover-strength", "--repaint-start", "--repaint-end", "--key-scale",
            "--key", "--time-signature", "--time-sig", "--instrumental", "--timeout", "--force", "--api-url", "--mode", "--output-dir",
            "--format", "--json", "--quiet", "--config",
        ];
        foreach (var option in options)
        {
            Assert.Contains(option, result.StandardOutput);
        }
    }
}
