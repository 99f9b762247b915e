using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Simulator;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Latency from "the server marked the job succeeded" to "the last file is in place", with the library's own
/// polling policy and downloads: a 30 s MP3, batch 2, against the simulator in process. Each run gets a fresh
/// simulator whose job takes a different time (1–2 s, seeded), so that the runs sample every phase of the poll
/// schedule instead of hitting the same lucky or unlucky moment twenty times.
/// </summary>
internal static class PromptResultsScenario
{
    private const int Seed = 5;

    public static async Task RunAsync(int runs)
    {
        var output = Directory.CreateTempSubdirectory("acestep-bench-prompt-");
        try
        {
            var random = new Random(Seed);
            await MeasureOnceAsync(TimeSpan.FromSeconds(1), output.FullName, "warmup");
            var latencies = new List<double>(runs);
            for (var run = 0; run < runs; run++)
            {
                var generationTime = TimeSpan.FromSeconds(1 + random.NextDouble());
                latencies.Add(await MeasureOnceAsync(generationTime, output.FullName, $"run{run}"));
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

    private static async Task<double> MeasureOnceAsync(TimeSpan generationTime, string directory, string stem)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = generationTime });
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress });
        using var watcherHttp = new HttpClient { BaseAddress = server.BaseAddress };
        var watcher = new CompletionWatcher(watcherHttp);

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
