using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace AceStep.Cli.Tests;

public sealed class StatusAndJobsTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task No_wait_then_status_downloads_once(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version);

        var submitted = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "--json");
        Assert.True(submitted.ExitCode == 0, submitted.ToString());
        var jobId = submitted.Json().GetProperty("job_id").GetString()!;
        Assert.Equal("submitted", submitted.Json().GetProperty("state").GetString());
        Assert.Equal($"acestep status {jobId}", submitted.Json().GetProperty("resume_command").GetString());
        Assert.Equal("submitted", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());

        var first = await _sandbox.RunAsync("status", jobId, "--json");
        var second = await _sandbox.RunAsync("status", jobId, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("already saved", second.StandardError);
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
        Assert.Equal(first.Json().GetProperty("files")[0].GetString(), second.Json().GetProperty("files")[0].GetString());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Status_works_whatever_the_configured_mode()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var submitted = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "-q");
        var jobId = submitted.StandardOutput.Trim();
        _sandbox.Variables["ACESTEP_API_MODE"] = "completion";

        var result = await _sandbox.RunAsync("status", jobId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Force_downloads_again_without_duplicating()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");
        var jobId = generated.Json().GetProperty("job_id").GetString()!;

        var forced = await _sandbox.RunAsync("status", jobId, "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task Jobs_lists_the_ledger_and_resume_fetches_unfinished_jobs()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var first = (await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "-q")).StandardOutput.Trim();
        var second = (await _sandbox.RunAsync("generate", "Jazz", "--duration", "10", "--no-wait", "-q")).StandardOutput.Trim();

        var list = await _sandbox.RunAsync("jobs");
        var resume = await _sandbox.RunAsync("jobs", "--resume", "--json");
        var after = await _sandbox.RunAsync("jobs", "--json");

        Assert.Contains(first, list.StandardOutput);
        Assert.Contains(second, list.StandardOutput);
        Assert.Contains("submitted", list.StandardOutput);
        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Equal(2, resume.Json().GetProperty("resumed").GetArrayLength());
        Assert.All(after.Json().GetProperty("jobs").EnumerateArray(), job => Assert.Equal("succeeded", job.GetProperty("state").GetString()));
        Assert.Equal(2, ResultFiles.AudioFiles(_sandbox).Length);
    }

    [Fact]
    public async Task Jobs_lists_the_newest_first_up_to_the_limit()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.Zero));
        _sandbox.Clock = clock;
        var ids = new List<string>();
        foreach (var caption in new[] { "Rock", "Jazz", "Folk" })
        {
            ids.Add((await _sandbox.RunAsync("generate", caption, "--duration", "10", "--no-wait", "-q")).StandardOutput.Trim());
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var limited = await _sandbox.RunAsync("jobs", "--limit", "2");
        var all = await _sandbox.RunAsync("jobs", "--limit", "0", "--json");
        var negative = await _sandbox.RunAsync("jobs", "--limit", "-1");

        Assert.Equal(0, limited.ExitCode);
        Assert.DoesNotContain(ids[0], limited.StandardOutput);
        Assert.Contains(ids[1], limited.StandardOutput);
        Assert.Contains(ids[2], limited.StandardOutput);
        Assert.Contains("Showing the newest 2 of 3 jobs", limited.StandardError);
        Assert.Equal(3, all.Json().GetProperty("jobs").GetArrayLength());
        Assert.Equal(2, negative.ExitCode);
    }

    [Fact]
    public async Task Status_of_a_job_the_server_never_knew_is_reported_as_lost_or_timed_out()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("status", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "--timeout", "2");

        Assert.True(result.ExitCode is 8 or 9, result.ToString());
    }

    [Fact]
    public async Task Status_rejects_hostile_ids()
    {
        var result = await _sandbox.RunAsync("status", "../../etc/passwd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a valid job id", result.StandardError);
    }

    [Fact]
    public async Task Completion_jobs_are_recorded_in_the_ledger()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");
        var jobs = await _sandbox.RunAsync("jobs", "--json");

        var entry = Assert.Single(jobs.Json().GetProperty("jobs").EnumerateArray());
        Assert.Equal(generated.Json().GetProperty("job_id").GetString(), entry.GetProperty("job_id").GetString());
        Assert.Equal("completion", entry.GetProperty("mode").GetString());
        Assert.Equal("succeeded", entry.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Empty_ledger_says_so()
    {
        var result = await _sandbox.RunAsync("jobs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No jobs recorded yet", result.StandardError);
    }
}
