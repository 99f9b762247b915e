using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

/// <summary>
/// Completion-mode result files carry every field the skill documents: what the chat answer lets us know (the seed
/// that was sent, the model that was named) and an explicit null for what it cannot (generation_info, lm_model).
/// One job id throughout: the one the user can look up in the ledger and the output folder.
/// </summary>
public sealed class CompletionResultFieldsTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(ServerVersion.A)]
    [InlineData(ServerVersion.B)]
    public async Task A_completion_result_has_the_sent_seed_the_model_and_nulls_for_what_the_chat_cannot_say(ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, mode: "completion");

        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--seed", "42", "--json");

        Assert.True(generated.ExitCode == 0, generated.ToString());
        var jobId = generated.Json().GetProperty("job_id").GetString()!;
        var saved = ResultFiles.ReadResult(_sandbox, jobId);
        Assert.Equal("42", saved.GetProperty("seed_value").GetString());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("generation_info").ValueKind);
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("lm_model").ValueKind);
        Assert.False(string.IsNullOrEmpty(saved.GetProperty("dit_model").GetString()));
        Assert.Equal("42", generated.Json().GetProperty("seed_value").GetString());
    }

    [Fact]
    public async Task Without_a_seed_the_seed_value_is_null_not_missing()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.True(generated.ExitCode == 0, generated.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, generated.Json().GetProperty("job_id").GetString()!);
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("seed_value").ValueKind);
    }

    [Fact]
    public async Task Every_message_names_the_id_of_the_ledger_and_the_files()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var generated = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        Assert.True(generated.ExitCode == 0, generated.ToString());
        Assert.DoesNotContain("chatcmpl-", generated.StandardError + generated.StandardOutput);
        var jobId = Assert.Single((await _sandbox.RunAsync("jobs", "--json")).Json().GetProperty("jobs").EnumerateArray()).GetProperty("job_id").GetString()!;
        Assert.Contains($"job {jobId}", generated.StandardError);
    }

    [Fact]
    public async Task A_failed_completion_job_is_named_by_its_ledger_id_only()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");
        server.Faults.JobFailureRate = 1;

        var failed = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--json");

        Assert.True(failed.ExitCode is 6 or 7, failed.ToString());
        var jobId = failed.Json().GetProperty("error").GetProperty("job_id").GetString()!;
        Assert.StartsWith("completion-", jobId);
        Assert.DoesNotContain("chatcmpl-", failed.StandardError + failed.StandardOutput);
        Assert.Contains(jobId, failed.Json().GetProperty("error").GetProperty("message").GetString());
    }
}
