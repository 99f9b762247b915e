using AceStep.Cli.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>Rows of docs/reliability.md about jobs and downloads: lost jobs, dropped and slow downloads.</summary>
public sealed class JobFaultMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Job_forgotten_by_a_restart_is_exit_8_and_recorded_as_lost()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(60));
        await _sandbox.RunAsync("generate", "Running", "--duration", "5", "--no-wait");
        var queued = await _sandbox.RunAsync("generate", "Queued", "--duration", "5", "--no-wait", "--json");
        var jobId = queued.Json().GetProperty("job_id").GetString()!;
        await server.RestartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;

        CliResult result;
        await using (TimeLapse.Start(clock))
        {
            result = await _sandbox.RunAsync("status", jobId).WaitAsync(TimeSpan.FromMinutes(2));
        }

        output.WriteLine(result.ToString());
        Assert.Equal(8, result.ExitCode);
        Assert.Contains($"Job {jobId} is lost", result.StandardError);
        Assert.Equal("lost", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Dropped_download_is_resumed_into_one_whole_file()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.DropDownloadAfterBytes = 40_000;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--format", "wav", "--json");

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        var jobId = result.Json().GetProperty("job_id").GetString()!;
        var file = Assert.Single(ResultFiles.AudioFiles(_sandbox));
        var described = Assert.Single(ResultFiles.ReadResult(_sandbox, jobId).GetProperty("files").EnumerateArray());
        Assert.Equal(new FileInfo(file).Length, described.GetProperty("bytes").GetInt64());
        Assert.True(new FileInfo(file).Length > 40_000 * 3, "the file spans several dropped connections");
        Assert.InRange(described.GetProperty("duration").GetDouble(), 9.5, 10.5);
        Assert.DoesNotContain(Directory.GetFiles(_sandbox.OutputDirectory), name => Path.GetFileName(name).StartsWith('.'));
    }

    [Fact]
    public async Task Slow_download_completes_whole()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        server.Faults.DownloadBytesPerSecond = 100_000;

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        var jobId = result.Json().GetProperty("job_id").GetString()!;
        var file = Assert.Single(ResultFiles.AudioFiles(_sandbox));
        var described = Assert.Single(ResultFiles.ReadResult(_sandbox, jobId).GetProperty("files").EnumerateArray());
        Assert.Equal(new FileInfo(file).Length, described.GetProperty("bytes").GetInt64());
        Assert.InRange(described.GetProperty("duration").GetDouble(), 9.5, 10.5);
    }
}
