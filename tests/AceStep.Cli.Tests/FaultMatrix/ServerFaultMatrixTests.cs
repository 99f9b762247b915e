using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// Rows of docs/reliability.md about a server that refuses, hangs or answers errors: the CLI over HTTP against
/// the simulator's fault switches. Each test prints what the user saw, which the matrix quotes.
/// </summary>
public sealed class ServerFaultMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Connection_refused_while_polling_is_exit_5_and_the_job_stays_resumable()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;
        var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(60));
        CliResult result;
        await using (TimeLapse.Start(clock))
        {
            var console = new TestConsole();
            var run = _sandbox.RunAsync(console, CancellationToken.None, "generate", "Rock", "--duration", "10");
            await console.ErrorWrittenAsync(" submitted").WaitAsync(TimeSpan.FromSeconds(30));
            await server.DisposeAsync();
            result = await run.WaitAsync(TimeSpan.FromMinutes(2));
        }

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        var jobId = Assert.Single(_sandbox.Ledger.List()).JobId;
        Assert.Contains($"Resume with: acestep status {jobId}", result.StandardError);
        Assert.Equal("submitted", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Version_B_lazy_model_load_hang_is_waited_out()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.B);
        server.Faults.ModelLoadDelay = TimeSpan.FromSeconds(3);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Not_ready_503_on_submission_is_exit_5_and_nothing_is_written()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.Status, 503, count: 0));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("HTTP 503", result.StandardError);
        Assert.Contains("models are not loaded yet", result.StandardError);
        Assert.False(Directory.Exists(_sandbox.OutputDirectory) && Directory.EnumerateFileSystemEntries(_sandbox.OutputDirectory).Any());
    }

    [Fact]
    public async Task Gateway_timeout_on_a_chat_request_says_the_job_may_still_run()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");
        server.Faults.AddResponseFault(new ResponseFault("/v1/chat/completions", ResponseFaultKind.Status, 504, count: 0));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("HTTP 504", result.StandardError);
        Assert.Contains("--mode native", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Gateway_errors_on_polls_and_downloads_are_retried()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.Status, 502, count: 2));
        server.Faults.AddResponseFault(new ResponseFault("/v1/audio", ResponseFaultKind.Status, 522, count: 1));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
        Assert.All(server.Faults.ResponseFaults, fault => Assert.Equal(0, fault.Remaining));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(520)]
    public async Task Gateway_error_on_submission_is_exit_5_and_not_resent(int status)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var fault = new ResponseFault("/release_task", ResponseFaultKind.Status, status, count: 1);
        server.Faults.AddResponseFault(fault);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        Assert.Contains($"HTTP {status}", result.StandardError);
        Assert.Equal(0, fault.Remaining);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Plain_text_500_on_submission_is_exit_6()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.PlainText500));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.Equal(6, result.ExitCode);
        Assert.Contains("HTTP 500: Internal Server Error", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task A_few_plain_text_500s_on_polls_are_retried()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.PlainText500, count: 2));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Persistent_500_on_polls_ends_the_wait_and_keeps_the_job()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.PlainText500, count: 0));
        CliResult result;
        await using (TimeLapse.Start(clock))
        {
            result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5").WaitAsync(TimeSpan.FromMinutes(2));
        }

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("POST /query_result failed with HTTP 500", result.StandardError);
        var jobId = Assert.Single(_sandbox.Ledger.List()).JobId;
        Assert.Contains($"Resume with: acestep status {jobId}", result.StandardError);
        Assert.Equal("submitted", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Truncated_json_answer_to_a_submission_is_exit_5()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.MalformedJson));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5");

        output.WriteLine(result.ToString());
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("expected JSON", result.StandardError);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }
}
