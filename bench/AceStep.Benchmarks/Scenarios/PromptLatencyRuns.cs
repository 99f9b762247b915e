using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Simulator;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// What the prompt scenarios share: a warm-up job, then native jobs (a 30 s MP3, batch 2), each on a fresh simulator
/// in process whose job takes a different time (seeded), so that the runs sample every phase of the library's poll
/// schedule instead of hitting the same lucky or unlucky moment every time. A run lasts from a moment the scenario
/// stamps on a connection of its own to the library having the last file in place.
/// </summary>
internal static class PromptLatencyRuns
{
    /// <summary>Stamps (a <see cref="Stopwatch"/> timestamp) the moment a run is measured from, for the job with this id.</summary>
    public delegate Task<long> StartMoment(HttpClient http, string jobId, string directory);

    /// <param name="shortestJobSeconds">How long the shortest job takes; each run's job takes up to a second more.</param>
    /// <param name="metric">The reported figures are median_<paramref name="metric"/>, p95_… and max_….</param>
    public static async Task RunAsync(int runs, int seed, double shortestJobSeconds, string metric, StartMoment start)
    {
        var output = Directory.CreateTempSubdirectory("acestep-bench-prompt-");
        try
        {
            var random = new Random(seed);
            await MeasureOnceAsync(TimeSpan.FromSeconds(1), output.FullName, "warmup", start);
            var latencies = new List<double>(runs);
            for (var run = 0; run < runs; run++)
            {
                var generationTime = TimeSpan.FromSeconds(shortestJobSeconds + random.NextDouble());
                latencies.Add(await MeasureOnceAsync(generationTime, output.FullName, $"run{run}", start));
            }

            Metrics.Report($"median_{metric}", Metrics.Percentile(latencies, 50));
            Metrics.Report($"p95_{metric}", Metrics.Percentile(latencies, 95));
            Metrics.Report($"max_{metric}", latencies.Max());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<double> MeasureOnceAsync(TimeSpan generationTime, string directory, string stem, StartMoment start)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = generationTime });
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress });
        using var referenceHttp = new HttpClient { BaseAddress = server.BaseAddress };

        var operation = await client.StartGenerationAsync(new GenerationRequest
        {
            Caption = "benchmark song",
            DurationSeconds = 30,
            BatchSize = 2,
            AudioFormat = "mp3",
            Thinking = false,
        });
        var startedAt = start(referenceHttp, operation.Id, directory);
        await operation.WaitForCompletionAsync();
        var files = await operation.DownloadAudioAsync(new AudioDestination(directory, stem, Overwrite: true));
        var lastFileAt = Stopwatch.GetTimestamp();
        if (files.Count != 2)
        {
            throw new InvalidOperationException($"expected 2 files, got {files.Count}");
        }

        return Stopwatch.GetElapsedTime(await startedAt, lastFileAt).TotalSeconds;
    }
}
