using AceStep.Client;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Prepares the /query_result load test: submits jobs to a running simulator, waits until they have finished,
/// and writes their ids (one a line) for bench/query_result.lua to mix with unknown ids.
/// </summary>
internal static class QueryLoadSeeder
{
    public static async Task RunAsync(Uri server, int jobs, string idsPath)
    {
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server });
        var ids = new List<string>(jobs);
        for (var i = 0; i < jobs; i++)
        {
            var operation = await client.StartGenerationAsync(new GenerationRequest
            {
                Caption = "load seed",
                DurationSeconds = 5,
                AudioFormat = "wav",
                Thinking = false,
            });
            await operation.WaitForCompletionAsync(timeout: TimeSpan.FromMinutes(2));
            ids.Add(operation.Id);
        }

        await File.WriteAllLinesAsync(idsPath, ids);
        await Console.Out.WriteLineAsync($"seeded {ids.Count} jobs");
    }
}
