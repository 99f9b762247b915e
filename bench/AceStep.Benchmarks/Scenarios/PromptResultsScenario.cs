using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Simulator;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Latency from "the server marked the job succeeded" to "the last file is in place", with the library's own
/// polling policy and downloads: a 30 s MP3, batch 2, against the simulator in process with a fixed 1.5 s job.
/// </summary>
internal static class PromptResultsScenario
{
    private static readonly TimeSpan GenerationTime = TimeSpan.FromSeconds(1.5);

    public static async Task RunAsync(int runs)
    {
        var output = Directory.CreateTempSubdirectory("acestep-bench-prompt-");
        try
        {
            await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = GenerationTime });
            using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress });
            using var watcherHttp = new HttpClient { BaseAddress = server.BaseAddress };
            var watcher = new CompletionWatcher(watcherHttp);

            await MeasureOnceAsync(client, watcher, output.FullName, "warmup");
            var latencies = new List<double>(runs);
            for (var run = 0; run < runs; run++)
            {
                latencies.Add(await MeasureOnceAsync(client, watcher, output.FullName, $"run{run}"));
            }

            Metrics.Report("median_seconds", Metrics.Percentile(latencies, 50));
            Metrics.Report("p95_seconds", Metrics.Percentile(latencies, 95));
            Metrics.Report("max_seconds", latencies.Max());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<double> MeasureOnceAsync(AceStepClient client, CompletionWatcher watcher, string directory, string stem)
    {
        var operation = await client.StartGenerationAsync(new GenerationRequest
        {
            Caption = "benchmark song",
            DurationSeconds = 30,
            BatchSize = 2,
            AudioFormat = "mp3",
            Thinking = false,
        });
        var succeededAt = watcher.WaitForSuccessAsync(operation.Id, CancellationToken.None);
        await operation.WaitForCompletionAsync();
        var files = await operation.DownloadAudioAsync(new AudioDestination(directory, stem, Overwrite: true));
        var lastFileAt = Stopwatch.GetTimestamp();
        if (files.Count != 2)
        {
            throw new InvalidOperationException($"expected 2 files, got {files.Count}");
        }

        return Stopwatch.GetElapsedTime(await succeededAt, lastFileAt).TotalSeconds;
    }
}
