using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests.Lint;

public sealed class GeneratePreflightTests : IDisposable
{
    private const string Caption = "warm acoustic folk, male vocal, gentle guitar, nostalgic";

    private const string CleanLyrics = """
        [Verse 1]
        I walked the road my father knew
        Beneath a sky of faded blue

        [Chorus]
        Carry me home, carry me home
        Down by the river where the willows grow
        """;

    private const string PlaceholderLyrics = "[Verse]\nYour lyrics here...\n";

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("native")]
    [InlineData("completion")]
    public async Task Lint_errors_are_printed_but_the_song_is_generated_by_default(string mode)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: mode);

        var result = await _sandbox.RunAsync("generate", "-c", Caption, "-l", PlaceholderLyrics, "--duration", "10", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Warning: lint lyrics:2:1: error L7a: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Songwriting lint: 1 error", result.StandardError, StringComparison.Ordinal);
        var warnings = result.Json().GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("lint lyrics:2:1: error L7a: ", StringComparison.Ordinal));
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Strict_stops_on_lint_errors_before_anything_is_submitted()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-c", Caption, "-l", PlaceholderLyrics, "--duration", "10", "--strict", "--json");

        Assert.Equal(11, result.ExitCode);
        var error = result.Json().GetProperty("error");
        Assert.Equal("lint_errors", error.GetProperty("code").GetString());
        Assert.Equal(11, error.GetProperty("exit_code").GetInt32());
        Assert.Contains("lint lyrics:2:1: error L7a", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
        Assert.False(_sandbox.Ledger.List().Count > 0, "a job was recorded");
        Assert.Empty(Directory.Exists(server.OutputDirectory) ? Directory.GetFiles(server.OutputDirectory, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Strict_lets_warnings_through()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-c", Caption + ", 120 BPM", "-l", CleanLyrics, "--duration", "15", "--strict", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Json().GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("lint caption:", StringComparison.Ordinal) && w.GetString()!.Contains("warning C1", StringComparison.Ordinal));
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task No_lint_skips_the_check()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-c", Caption, "-l", PlaceholderLyrics, "--duration", "10", "--no-lint", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("lint", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.Json().GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Strict_and_no_lint_together_are_a_usage_error()
    {
        var result = await _sandbox.RunAsync("generate", "-c", Caption, "--strict", "--no-lint");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--strict", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duration_auto_sends_the_estimate_that_lint_prints()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var lint = await _sandbox.RunAsync("lint", "-c", Caption, "-l", CleanLyrics, "--bpm", "120", "--json");
        var estimate = lint.Json().GetProperty("duration_estimate").GetProperty("seconds").GetInt32();

        var result = await _sandbox.RunAsync("generate", "-c", Caption, "-l", CleanLyrics, "--bpm", "120", "--duration", "auto", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"--duration auto: {estimate} s", result.StandardError, StringComparison.Ordinal);
        var jobId = result.Json().GetProperty("job_id").GetString()!;
        var saved = ResultFiles.ReadResult(_sandbox, jobId);
        Assert.Equal(estimate, saved.GetProperty("request").GetProperty("duration").GetDouble());
        Assert.Equal(estimate, saved.GetProperty("metas").GetProperty("duration").GetDouble(), 0.5);
    }

    [Fact]
    public async Task Duration_auto_without_lyrics_or_caption_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("generate", "-d", "a cheerful song about spring", "--duration", "auto");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--duration auto", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_described_song_is_not_linted()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-d", "a cheerful song about spring", "--strict", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.Json().GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("lint", StringComparison.Ordinal));
    }
}
