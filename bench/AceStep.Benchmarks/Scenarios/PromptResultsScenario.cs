using AceStep.Benchmarks.Support;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Latency from "the server marked the job succeeded" to "the last file is in place", with the library's own
/// polling policy and downloads: a 30 s MP3, batch 2, against the simulator in process. Each run gets a fresh
/// simulator whose job takes a different time (1–2 s, seeded), so that the runs sample every phase of the poll
/// schedule instead of hitting the same lucky or unlucky moment twenty times.
/// </summary>
internal static class PromptResultsScenario
{
    public static Task RunAsync(int runs) => PromptLatencyRuns.RunAsync(
        runs, seed: 5, shortestJobSeconds: 1, metric: "seconds",
        static (http, jobId, _) => new CompletionWatcher(http).WaitForSuccessAsync(jobId, CancellationToken.None));
}
