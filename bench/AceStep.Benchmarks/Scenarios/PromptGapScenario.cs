using AceStep.Benchmarks.Support;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// A native job's result on disk through the library (its default poll schedule) against a hand-written client that
/// polls every 20 ms, both waiting for the same job side by side: the gap is what the schedule costs. Jobs take
/// 3–4 s (seeded), a 30 s MP3, batch 2, against the simulator in process.
/// </summary>
internal static class PromptGapScenario
{
    public static Task RunAsync(int runs) => PromptLatencyRuns.RunAsync(
        runs, seed: 7, shortestJobSeconds: 3, metric: "gap_seconds",
        static (http, jobId, directory) => new TightPoller(http).WaitAndSaveAsync(jobId, directory, CancellationToken.None));
}
