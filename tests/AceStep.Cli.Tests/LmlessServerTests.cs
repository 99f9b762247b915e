using System.Net.Http.Json;
using System.Text.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>
/// A server started without the 5Hz LM (a low-VRAM GPU, ACESTEP_INIT_LLM=false), over real HTTP against the simulator's
/// LM-unavailable mode: the first command anyone runs must work, and what cannot work must stop before sending.
/// </summary>
public sealed class LmlessServerTests : IDisposable
{
    // The first command a new user runs; the songwriting lint's own finding on this one-line draft is left out, so the
    // warnings counted are the language model's.
    private static readonly string[] FirstCommand = ["generate", "-c", "indie pop, female vocal", "-l", "[Verse] hello world", "--duration", "10", "--no-lint"];

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A, "native")]
    [InlineData(ServerVersion.A, "completion")]
    [InlineData(ServerVersion.B, "native")]
    [InlineData(ServerVersion.B, "completion")]
    public async Task Default_generate_succeeds_with_one_warning(ServerVersion version, string mode)
    {
        await using var server = await StartLmlessAsync(version, mode);

        var result = await _sandbox.RunAsync([.. FirstCommand, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.Json().GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.Contains("no 5Hz language model", warning, StringComparison.Ordinal);
        Assert.Contains("--no-thinking", warning, StringComparison.Ordinal);
        var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
        Assert.False(saved.GetProperty("request").GetProperty("thinking").GetBoolean());
    }

    [Theory]
    [InlineData("native")]
    [InlineData("completion")]
    public async Task Thinking_asked_for_by_flag_stops_before_submitting_on_a_server_that_reports_no_LM(string mode)
    {
        await using var server = await StartLmlessAsync(ServerVersion.B, mode);

        var result = await _sandbox.RunAsync([.. FirstCommand, "--thinking", "--json"]);

        AssertStoppedBeforeSubmitting(result, "flag --thinking");
        Assert.Equal(0, await JobsRunAsync(server));
    }

    [Fact]
    public async Task Thinking_set_in_the_config_file_counts_as_asked_for()
    {
        await using var server = await StartLmlessAsync(ServerVersion.B, "native");
        Assert.Equal(0, (await _sandbox.RunAsync("config", "--set", "generation.thinking", "true")).ExitCode);

        var result = await _sandbox.RunAsync([.. FirstCommand, "--json"]);

        AssertStoppedBeforeSubmitting(result, "generation.thinking (config file)");
        Assert.Equal(0, await JobsRunAsync(server));
    }

    [Fact]
    public async Task Version_A_resubmits_once_without_thinking_and_the_remembered_server_skips_the_failed_job_next_time()
    {
        await using var server = await StartLmlessAsync(ServerVersion.A, "native");

        var first = await _sandbox.RunAsync(FirstCommand);
        var jobsAfterFirst = await JobsRunAsync(server);
        var second = await _sandbox.RunAsync(FirstCommand);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("failed, most likely because the server", first.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, jobsAfterFirst);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("a job that needed it failed here at", second.StandardError, StringComparison.Ordinal);
        Assert.Equal(3, await JobsRunAsync(server));
        Assert.Equal(1, await FailedJobsAsync(server));
    }

    [Fact]
    public async Task Version_A_job_that_asked_for_thinking_fails_with_the_likely_cause_and_the_next_run_stops_before_submitting()
    {
        await using var server = await StartLmlessAsync(ServerVersion.A, "native");

        var first = await _sandbox.RunAsync([.. FirstCommand, "--thinking", "--json"]);
        var second = await _sandbox.RunAsync([.. FirstCommand, "--thinking", "--json"]);

        Assert.Equal(7, first.ExitCode);
        var hint = first.Json().GetProperty("error").GetProperty("hint").GetString()!;
        Assert.Contains("likely cause: the server runs without the 5Hz language model", hint, StringComparison.Ordinal);
        Assert.Contains("--no-thinking", hint, StringComparison.Ordinal);
        AssertStoppedBeforeSubmitting(second, "flag --thinking");
        Assert.Equal(1, await JobsRunAsync(server));
    }

    [Fact]
    public async Task Completion_mode_on_version_A_names_the_server_s_words_and_resubmits_without_thinking()
    {
        await using var server = await StartLmlessAsync(ServerVersion.A, "completion");

        var result = await _sandbox.RunAsync(FirstCommand);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sending it once more with thinking", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, await FailedJobsAsync(server));
    }

    [Fact]
    public async Task A_server_with_the_LM_is_left_alone()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.A);

        var result = await _sandbox.RunAsync([.. FirstCommand, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Json().GetProperty("warnings").EnumerateArray());
        Assert.True(ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!).GetProperty("request").GetProperty("thinking").GetBoolean());
    }

    [Fact]
    public void A_remembered_server_is_forgotten_after_its_lifetime()
    {
        var memory = LmlessServers.Open(new Platform.CliEnvironment(new TestConsole(""), _sandbox.Variables, _sandbox.Project, _sandbox.Home, TimeProvider.System, isWindows: false));
        var seen = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

        memory.Remember("http://127.0.0.1:8001", seen);

        Assert.Equal(seen, memory.SeenWithoutLm("http://127.0.0.1:8001", seen + LmlessServers.Lifetime - TimeSpan.FromMinutes(1)));
        Assert.Null(memory.SeenWithoutLm("http://127.0.0.1:8001", seen + LmlessServers.Lifetime));
        Assert.Null(memory.SeenWithoutLm("http://127.0.0.1:8002", seen));
    }

    private Task<SimulatorServer> StartLmlessAsync(ServerVersion version, string mode) =>
        SimulatorHost.StartAsync(_sandbox, version, mode: mode, configure: o => o.Faults.LmUnavailable = true);

    private static void AssertStoppedBeforeSubmitting(CliResult result, string askedBy)
    {
        Assert.True(result.ExitCode == 6, result.ToString());
        var error = result.Json().GetProperty("error");
        Assert.Equal("lm_unavailable", error.GetProperty("code").GetString());
        Assert.Contains($"thinking (asked by {askedBy})", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("--no-thinking", error.GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Contains("start the server with the LM", error.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    private static async Task<int> JobsRunAsync(SimulatorServer server) => (await JobCountsAsync(server)).GetProperty("total").GetInt32();

    private static async Task<int> FailedJobsAsync(SimulatorServer server) => (await JobCountsAsync(server)).GetProperty("failed").GetInt32();

    private static async Task<JsonElement> JobCountsAsync(SimulatorServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var envelope = await http.GetFromJsonAsync<JsonElement>("/v1/stats");
        return envelope.GetProperty("data").GetProperty("jobs");
    }
}
