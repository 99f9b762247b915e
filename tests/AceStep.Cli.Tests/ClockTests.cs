using AceStep.Cli.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AceStep.Cli.Tests;

/// <summary>Times the CLI records come from the injected clock, not the machine's.</summary>
public sealed class ClockTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 5, TimeSpan.Zero);
    private readonly CliSandbox _sandbox = new() { Clock = new FakeTimeProvider(Noon) };

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Completion_job_id_result_and_ledger_use_the_injected_clock()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.ToString());
        var jobId = result.Json().GetProperty("job_id").GetString()!;
        Assert.StartsWith("completion-20260102-120005-", jobId);
        Assert.Equal(Noon, ResultFiles.ReadResult(_sandbox, jobId).GetProperty("created").GetDateTimeOffset());
        Assert.Equal(Noon, ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("submitted").GetDateTimeOffset());
    }
}
