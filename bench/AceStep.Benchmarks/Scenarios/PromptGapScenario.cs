using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Simulator;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// A native job's result on disk through the library (its default poll schedule) against a hand-written client that
/// polls every 20 ms, both waiting for the same job side by side: the gap is what the schedule costs. Jobs take
/// 3–4 s (seeded), a 30 s MP3, batch 2, against the simulator in process.
/// </summary>
internal static class PromptGapScenario
{
    private const int Seed = 7;

    public static async Task RunAsync(int runs)
    {
        var output = Directory.CreateTempSubdirectory("acestep-bench-gap-");
        try
        {
            var random = new Random(Seed);
            await MeasureOnceAsync(TimeSpan.FromSeconds(1), output.FullName, "warmup");
            var gaps = new List<double>(runs);
            for (var run = 0; run < runs; run++)
            {
                gaps.Add(await MeasureOnceAsync(TimeSpan.FromSeconds(3 + random.NextDouble()), output.FullName, $"run{run}"));
            }

            Metrics.Report("median_gap_seconds", Metrics.Percentile(gaps, 50));
            Metrics.Report("p95_gap_seconds", Metrics.Percentile(gaps, 95));
            Metrics.Report("max_gap_seconds", gaps.Max());
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
        using var baselineHttp = new HttpClient { BaseAddress = server.BaseAddress };

        var operation = await client.StartGenerationAsync(new GenerationRequest
        {
            Caption = "benchmark song",
            DurationSeconds = 30,
            BatchSize = 2,
            AudioFormat = "mp3",
            Thinking = false,
        });
        var baselineDone = new TightPoller(baselineHttp).WaitAndSaveAsync(operation.Id, directory, CancellationToken.None);
        await operation.WaitForCompletionAsync();
        var files = await operation.DownloadAudioAsync(new AudioDestination(directory, stem, Overwrite: true));
        var libraryDone = Stopwatch.GetTimestamp();
        if (files.Count != 2)
        {
            throw new InvalidOperationException($"expected 2 files, got {files.Count}");
        }

        return Stopwatch.GetElapsedTime(await baselineDone, libraryDone).TotalSeconds;
    }
}
