using AceStep.Client.Tests.Support;
using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

public sealed class ResilienceTests : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task Version_B_lazy_model_loading_is_waited_out_with_a_message()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        server.Faults.ModelLoadDelay = TimeSpan.FromSeconds(3);
        using var client = SimulatorClients.Client(server, withKey: false, o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(700);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        });
        var messages = new List<string>();

        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "first job", BatchSize = 1 });
        var result = await operation.WaitForCompletionAsync(
            new SynchronousProgress<JobProgress>(p => { if (p.Message is { } m) { messages.Add(m); } }),
            TimeSpan.FromSeconds(60));

        Assert.Single(result.Audio);
        Assert.Contains(messages, m => m.Contains("loading its models", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_concurrent_operations_share_one_client()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: true, o => o.FixedGenerationTime = TimeSpan.FromMilliseconds(20));
        using var client = SimulatorClients.Client(server, withKey: true);

        var results = await Task.WhenAll(Enumerable.Range(1, 24).Select(async i =>
        {
            var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = $"song {i}", BatchSize = 1, DurationSeconds = 2 });
            await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(120));
            return await operation.DownloadAudioAsync(new AudioDestination(_output.Path, operation.Id));
        }));

        Assert.Equal(24, results.SelectMany(files => files).Select(f => f.Path).Distinct().Count());
        Assert.Equal(24, _output.Files().Length);
    }

    [Fact]
    public async Task Poll_answers_that_are_not_json_are_retried_then_reported()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 });
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.PlainText500, count: 2));

        var result = await operation.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(operation.Id, result.JobId);
    }

    [Fact]
    public async Task A_malformed_poll_answer_is_retried_but_a_persistent_one_is_reported()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        using var client = SimulatorClients.Client(server, withKey: false, o => o.RetryMaxDelay = TimeSpan.FromMilliseconds(100));
        var once = await client.StartGenerationAsync(new GenerationRequest { Caption = "x", BatchSize = 1 });
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.MalformedJson, count: 1));

        await once.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60));

        var always = await client.StartGenerationAsync(new GenerationRequest { Caption = "y", BatchSize = 1 });
        server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.MalformedJson, count: 0));
        await Assert.ThrowsAsync<AceStepProtocolException>(() => always.WaitForCompletionAsync(timeout: TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task A_malformed_json_answer_is_a_protocol_error()
    {
        await using var server = await SimulatorClients.StartAsync(ServerVersion.B, withKey: false);
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.MalformedJson));
        using var client = SimulatorClients.Client(server, withKey: false);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.StartsWith("POST /release_task: expected JSON", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _output.Dispose();
}
