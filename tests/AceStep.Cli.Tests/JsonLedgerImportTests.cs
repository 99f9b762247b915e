using System.Text.Json;
using AceStep.Cli.Json;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>The JSON ledger of earlier versions (one file per job in the state folder's <c>jobs</c>) moves into the store once.</summary>
public sealed class JsonLedgerImportTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string OldLedger => Path.Combine(_sandbox.StateDirectory, "jobs");

    [Fact]
    public async Task An_old_json_ledger_is_imported_once_and_its_jobs_stay_resumable()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var pending = await SubmitElsewhereAsync();
        var finished = new LedgerEntry
        {
            JobId = "chatcmpl-imported",
            Server = "http://other-host:8001",
            Mode = "completion",
            State = LedgerState.Failed,
            Submitted = new DateTimeOffset(2026, 11, 30, 8, 15, 0, 250, TimeSpan.Zero),
            Updated = new DateTimeOffset(2026, 11, 30, 8, 16, 0, TimeSpan.Zero),
            OutputDir = Path.Combine(_sandbox.Project, "acestep_output"),
            Request = RequestSummary.FromJson(JsonElement.Parse("""{"caption":"Jazz","sample_mode":false,"instrumental":true}""")),
            Files = ["a.mp3", "b.mp3"],
            ResultPath = Path.Combine(_sandbox.Project, "acestep_output", "chatcmpl-imported.json"),
            Error = "the server gave up",
        };
        WriteOld(pending);
        WriteOld(finished);
        File.WriteAllText(Path.Combine(OldLedger, "broken.json"), "{ not json");

        var firstList = await _sandbox.RunAsync("jobs", "--json");
        var status = await _sandbox.RunAsync("status", pending.JobId, "--json");
        var secondList = await _sandbox.RunAsync("jobs", "--json");

        Assert.True(firstList.ExitCode == 0, firstList.ToString());
        Assert.Contains("broken.json", firstList.StandardError);
        var listed = firstList.Json().GetProperty("jobs").EnumerateArray().Select(job => job.GetProperty("job_id").GetString()).ToList();
        Assert.Equal([pending.JobId, finished.JobId], listed);
        Assert.Equal(Serialized(finished), Serialized(_sandbox.Ledger.Find(finished.JobId)!));
        Assert.False(Directory.Exists(OldLedger), "the old ledger folder is still there, so it would be imported again");
        Assert.True(File.Exists(Path.Combine(_sandbox.StateDirectory, "jobs.imported", "broken.json")), "the unreadable file was not kept");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Single(ResultFiles.AudioFiles(_sandbox));

        Assert.True(secondList.ExitCode == 0, secondList.ToString());
        Assert.DoesNotContain("broken.json", secondList.StandardError);
        Assert.Equal(2, secondList.Json().GetProperty("jobs").GetArrayLength());
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, pending.JobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_old_entry_the_store_already_has_does_not_overwrite_it()
    {
        var stored = Entry("job-known", LedgerState.Succeeded);
        _sandbox.Ledger.Save(stored);
        WriteOld(stored with { State = LedgerState.Submitted });

        var listed = await _sandbox.RunAsync("jobs", "--json");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        var job = Assert.Single(listed.Json().GetProperty("jobs").EnumerateArray());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
    }

    /// <summary>Submits a job that the simulator will finish, recorded in another state folder, and returns its entry as an old version would have kept it.</summary>
    private async Task<LedgerEntry> SubmitElsewhereAsync()
    {
        var elsewhere = Path.Combine(_sandbox.Root, "previous-state");
        _sandbox.Variables["ACESTEP_STATE_DIR"] = elsewhere;
        var submitted = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "-q");
        _sandbox.Variables["ACESTEP_STATE_DIR"] = _sandbox.StateDirectory;
        Assert.True(submitted.ExitCode == 0, submitted.ToString());
        var previous = new JobLedger(Commands.Batch.QueueLocation.Parse(null, elsewhere, elsewhere), elsewhere, TimeProvider.System, _ => { });
        return previous.Find(submitted.StandardOutput.Trim())!;
    }

    private LedgerEntry Entry(string jobId, string state) => new()
    {
        JobId = jobId,
        Server = "http://127.0.0.1:1",
        Mode = "native",
        State = state,
        Submitted = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        Updated = new DateTimeOffset(2026, 12, 1, 9, 1, 0, TimeSpan.Zero),
        OutputDir = _sandbox.OutputDirectory,
        Request = RequestSummary.Unknown,
    };

    private void WriteOld(LedgerEntry entry)
    {
        Directory.CreateDirectory(OldLedger);
        File.WriteAllText(Path.Combine(OldLedger, entry.JobId + ".json"), Serialized(entry) + "\n");
    }

    private static string Serialized(LedgerEntry entry) => JsonSerializer.Serialize(entry, CliJson.Context.LedgerEntry);
}
