using System.Net;
using System.Net.Sockets;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

public sealed class ErrorsAndExitCodesTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("generate", "Rock")]
    [InlineData("health")]
    [InlineData("models")]
    [InlineData("random")]
    public async Task Unreachable_server_is_exit_5_with_start_up_advice(params string[] args)
    {
        _sandbox.Variables["ACESTEP_API_URL"] = $"http://127.0.0.1:{FreePort()}";

        var result = await _sandbox.RunAsync(args);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("port 8001", result.StandardError);
        Assert.Contains("dotnet run --project src/AceStep.Simulator -- --port 8001", result.StandardError);
    }

    [Fact]
    public async Task Cloud_api_without_a_key_stops_before_any_request_with_exit_4()
    {
        _sandbox.Variables["ACESTEP_API_URL"] = "https://api.acemusic.ai";

        var result = await _sandbox.RunAsync("generate", "-c", "Rock", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("api_key_missing", result.Json().GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("acemusic.ai for free", result.StandardError);
        Assert.Contains("acestep config --set api_key", result.StandardError);
        Assert.Empty(_sandbox.Ledger.List());
    }

    [Theory]
    [InlineData("generate", "Rock", "--duration", "10")]
    [InlineData("status", "7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    public async Task Wrong_key_is_exit_4_with_advice(params string[] args)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, apiKey: "right-key-123456");
        _sandbox.Variables["ACESTEP_API_KEY"] = "wrong-key-654321";

        var result = await _sandbox.RunAsync(args);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("config --check-key", result.StandardError);
    }

    [Fact]
    public async Task Failed_job_is_exit_7_recorded_in_the_ledger_and_result()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.JobFailureRate = 1;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.Equal(7, result.ExitCode);
        var error = result.Json().GetProperty("error");
        var jobId = error.GetProperty("job_id").GetString()!;
        Assert.Equal("failed", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Equal("failed", ResultFiles.ReadResult(_sandbox, jobId).GetProperty("status").GetString());
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Failed_completion_request_is_non_zero()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");
        server.Faults.JobFailureRate = 1;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        Assert.True(result.ExitCode is 6 or 7, result.ToString());
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Full_queue_is_exit_5()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.QueueFull = true;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("queue", result.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Timeout_is_exit_9_keeps_the_job_and_says_how_to_resume()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--timeout", "1", "--json");

        Assert.Equal(9, result.ExitCode);
        var jobId = result.Json().GetProperty("error").GetProperty("job_id").GetString()!;
        Assert.Contains($"acestep status {jobId}", result.StandardError);
        Assert.Equal("timed_out", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Interrupt_while_waiting_is_exit_130_and_keeps_the_job()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        using var interrupt = new CancellationTokenSource();
        var console = new TestConsole();
        var run = _sandbox.RunAsync(console, interrupt.Token, "generate", "Rock", "--duration", "10");
        await console.ErrorWrittenAsync(" submitted").WaitAsync(TimeSpan.FromSeconds(30));

        await interrupt.CancelAsync();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        var jobId = _sandbox.Ledger.List().Single().JobId;
        Assert.Contains($"acestep status {jobId}", result.StandardError);
        Assert.Equal("interrupted", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Interrupted_job_is_fetched_later_with_status()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(3));
        using var interrupt = new CancellationTokenSource();
        var console = new TestConsole();
        var run = _sandbox.RunAsync(console, interrupt.Token, "generate", "Rock", "--duration", "10");
        await console.ErrorWrittenAsync(" submitted").WaitAsync(TimeSpan.FromSeconds(30));
        await interrupt.CancelAsync();
        Assert.Equal(130, (await run).ExitCode);
        var jobId = _sandbox.Ledger.List().Single().JobId;

        var resumed = await _sandbox.RunAsync("jobs", "--resume", "--json");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Health_reports_model_state_and_llm_absence()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, ServerVersion.B);
        server.Faults.LmUnavailable = true;

        var result = await _sandbox.RunAsync("health", "--json");

        Assert.Equal(0, result.ExitCode);
        var health = result.Json();
        Assert.True(health.GetProperty("ok").GetBoolean());
        Assert.False(health.GetProperty("models_initialized").GetBoolean());
    }

    [Fact]
    public async Task Models_lists_ids_and_native_names()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        await _sandbox.RunAsync("generate", "Warm up", "--duration", "10");

        var result = await _sandbox.RunAsync("models", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Json().GetProperty("models").EnumerateArray());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
