using AceStep.Cli.Tests.FaultMatrix;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace AceStep.Cli.Tests;

/// <summary>
/// Each job belongs to the server it was submitted to: status and jobs --resume ask that server, whatever the
/// current one is, and a server that does not know a job never makes it lost. Two simulators, two projects, one ledger.
/// </summary>
public sealed class JobServerTests : IAsyncLifetime, IDisposable
{
    private readonly CliSandbox _sandbox = new();
    private SimulatorServer? _first;
    private SimulatorServer? _second;

    private string ProjectA => _sandbox.Project;

    private string ProjectB => Path.Combine(_sandbox.Root, "project-b");

    private string FirstUrl => _first!.BaseAddress.ToString();

    private string SecondUrl => _second!.BaseAddress.ToString();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(ProjectB, ".git"));
        _first = await SimulatorHost.StartAsync(_sandbox, configure: o => o.OutputDirectory = Path.Combine(_sandbox.Root, "server-a"));
        _second = await SimulatorHost.StartAsync(_sandbox, configure: o => o.OutputDirectory = Path.Combine(_sandbox.Root, "server-b"));

        // The configured (current) server is the second one; jobs submitted to the first name theirs with --api-url.
        _sandbox.Variables["ACESTEP_API_URL"] = SecondUrl;
    }

    public async Task DisposeAsync()
    {
        await _first!.DisposeAsync();
        await _second!.DisposeAsync();
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Status_without_api_url_asks_the_server_the_job_was_submitted_to()
    {
        var jobId = await SubmitAsync(ProjectA, "--api-url", FirstUrl);

        var status = await _sandbox.RunAsync("status", jobId, "--json");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal(_first!.BaseAddress.ToString().TrimEnd('/'), status.Json().GetProperty("server").GetString());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task A_server_that_does_not_know_the_job_leaves_its_entry_as_it_was()
    {
        var jobId = await SubmitAsync(ProjectA, "--api-url", FirstUrl);

        var elsewhere = await PastTheLostJobGraceAsync("status", jobId, "--api-url", SecondUrl);
        var ledgerAfter = ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString();
        var right = await _sandbox.RunAsync("status", jobId);

        Assert.True(elsewhere.ExitCode == 8, elsewhere.ToString());
        Assert.Contains($"does not know job {jobId}; it was submitted to {FirstUrl.TrimEnd('/')}", elsewhere.StandardError);
        Assert.Equal("submitted", ledgerAfter);
        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Status_of_an_id_nobody_submitted_writes_no_ledger_entry()
    {
        const string unknown = "00000000-0000-0000-0000-000000000000";

        var result = await PastTheLostJobGraceAsync("status", unknown);

        Assert.True(result.ExitCode == 8, result.ToString());
        Assert.Contains("the job ledger has no record of it", result.StandardError);
        Assert.False(_sandbox.Ledger.Find(unknown) is not null, "an id merely asked about got a ledger entry");
        Assert.Contains("No jobs recorded yet", (await _sandbox.RunAsync("jobs")).StandardError);
    }

    [Fact]
    public async Task Resume_across_two_servers_and_two_projects_loses_nothing()
    {
        var first = await SubmitAsync(ProjectA, "--api-url", FirstUrl);
        var second = await SubmitAsync(ProjectB, "--api-url", SecondUrl);

        // From project B, for the second server only: the first server's job is left alone, not marked lost.
        _sandbox.WorkingDirectory = ProjectB;
        var narrowed = await _sandbox.RunAsync("jobs", "--resume", "--api-url", SecondUrl, "--json");
        var firstAfterNarrowed = ResultFiles.ReadLedger(_sandbox, first).GetProperty("state").GetString();
        var everything = await _sandbox.RunAsync("jobs", "--resume", "--json");

        Assert.True(narrowed.ExitCode == 0, narrowed.ToString());
        Assert.Equal(second, Assert.Single(narrowed.Json().GetProperty("resumed").EnumerateArray()).GetProperty("job_id").GetString());
        Assert.Equal("submitted", firstAfterNarrowed);
        Assert.True(everything.ExitCode == 0, everything.ToString());
        Assert.Equal(first, Assert.Single(everything.Json().GetProperty("resumed").EnumerateArray()).GetProperty("job_id").GetString());
        Assert.All(
            (await _sandbox.RunAsync("jobs", "--json")).Json().GetProperty("jobs").EnumerateArray(),
            job => Assert.Equal("succeeded", job.GetProperty("state").GetString()));

        // Each job's files went to the project it was submitted from.
        Assert.True(File.Exists(Path.Combine(ProjectA, "acestep_output", first + ".json")));
        Assert.True(File.Exists(Path.Combine(ProjectB, "acestep_output", second + ".json")));
    }

    /// <summary>Runs a command on a fast clock, so that the client's 30 s "unknown id" grace period passes in moments.</summary>
    private async Task<CliResult> PastTheLostJobGraceAsync(params string[] args)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;
        try
        {
            await using (TimeLapse.Start(clock))
            {
                return await _sandbox.RunAsync(args).WaitAsync(TimeSpan.FromMinutes(2));
            }
        }
        finally
        {
            _sandbox.Clock = null;
        }
    }

    private async Task<string> SubmitAsync(string project, params string[] server)
    {
        _sandbox.WorkingDirectory = project;
        var submitted = await _sandbox.RunAsync(["generate", "Rock", "--duration", "10", "--no-wait", "-q", .. server]);
        Assert.True(submitted.ExitCode == 0, submitted.ToString());
        _sandbox.WorkingDirectory = ProjectA;
        return submitted.StandardOutput.Trim();
    }
}
