using System.Net.Http.Json;
using AceStep.Client;
using AceStep.Simulator;
using BenchmarkDotNet.Attributes;

namespace AceStep.Benchmarks.Micro;

/// <summary>
/// /query_result parsing for a succeeded batch-2 job: the envelope, the nested JSON-in-a-string result, metadata,
/// file URL validation. The body is a real one captured from the simulator; the handler replays it in memory.
/// </summary>
[MemoryDiagnoser]
public class QueryResultParsingBenchmark
{
    private AceStepClient _client = null!;
    private string[] _ids = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = TimeSpan.Zero });
        using var live = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress });
        var operation = await live.StartGenerationAsync(new GenerationRequest
        {
            Caption = "parse me", DurationSeconds = 10, BatchSize = 2, AudioFormat = "mp3", Thinking = false,
        });
        await operation.WaitForCompletionAsync();
        _ids = [operation.Id];

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsJsonAsync("query_result", new Dictionary<string, string[]> { ["task_id_list"] = _ids });
        var body = await response.Content.ReadAsByteArrayAsync();
        _client = new AceStepClient(
            new HttpClient(new CannedResponseHandler(body, "application/json")) { BaseAddress = server.BaseAddress },
            new AceStepClientOptions { Endpoint = server.BaseAddress });
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<JobStatus>> QuerySucceededJob() => _client.QueryJobsAsync(_ids);
}
