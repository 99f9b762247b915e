using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

public sealed class GenerateCompletionTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task Caption_and_lyrics_produce_audio_and_the_same_result_shape(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, mode: "completion");

        var result = await _sandbox.RunAsync("generate", "-c", "pop, female vocal, piano", "-l", "[Verse] Your lyrics here...", "--duration", "12", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        var jobId = report.GetProperty("job_id").GetString()!;
        Assert.StartsWith("completion-", jobId);
        Assert.Equal("completion", report.GetProperty("mode").GetString());
        var saved = ResultFiles.ReadResult(_sandbox, jobId);
        ResultFiles.AssertHasTheDocumentedResultFields(saved);
        Assert.Equal("completion", saved.GetProperty("mode").GetString());
        Assert.Single(saved.GetProperty("files").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(saved.GetProperty("prompt").GetString()));
        Assert.Equal("succeeded", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Batch_of_two_delivers_two_files_in_completion_mode()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--batch", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.Json().GetProperty("files").GetArrayLength());
        Assert.Equal(2, ResultFiles.AudioFiles(_sandbox).Length);
    }

    [Fact]
    public async Task No_wait_is_warned_about_in_completion_mode()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--no-wait", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--no-wait has no effect in completion mode", result.StandardError);
        Assert.Contains(result.Json().GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("--no-wait", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Description_and_random_work_in_completion_mode()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var simple = await _sandbox.RunAsync("generate", "-d", "A cheerful song about spring", "--json");
        var random = await _sandbox.RunAsync("random", "--json");

        Assert.True(simple.ExitCode == 0, simple.ToString());
        Assert.True(random.ExitCode == 0, random.ToString());
    }

    [Fact]
    public async Task Status_rejects_completion_ids()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");
        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");
        var id = generated.Json().GetProperty("job_id").GetString()!;

        var chat = await _sandbox.RunAsync("status", "chatcmpl-5f1c0a9e3b7d2c48");
        var local = await _sandbox.RunAsync("status", id);

        Assert.Equal(2, chat.ExitCode);
        Assert.Contains("completion-mode id", chat.StandardError);
        Assert.Equal(2, local.ExitCode);
    }

    [Fact]
    public async Task A_failed_exchange_names_the_ledger_job_and_records_it_as_failed()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");
        server.Faults.AddResponseFault(new ResponseFault("/v1/chat/completions", ResponseFaultKind.Status, 504, count: 0));

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "5", "--json");

        Assert.Equal(5, result.ExitCode);
        var jobId = result.Json().GetProperty("error").GetProperty("job_id").GetString()!;
        Assert.StartsWith("completion-", jobId);
        Assert.Equal("failed", ResultFiles.ReadLedger(_sandbox, jobId).GetProperty("state").GetString());
    }
}
