using System.Diagnostics;
using AceStep.Batch;
using AceStep.Benchmarks.Support;
using AceStep.Client;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// <c>scenario batch-run QUEUE NAME JOBS URLFILE OUTDIR</c>: one runner drains batch NAME (JOBS songs) over the
/// servers of URLFILE. QUEUE is <c>sqlite:PATH</c> or <c>postgres</c> (the connection string in
/// ACESTEP_TEST_POSTGRES). Reports the runner's CPU time, its database round trips and what it saw.
/// </summary>
internal static class BatchRunScenario
{
    public static async Task RunAsync(string queue, string name, int jobs, string urlFile, string outputDirectory)
    {
        await using var store = await OpenAsync(queue);
        var servers = (await File.ReadAllLinesAsync(urlFile)).Select(url => new ServerEndpoint(new Uri(url))).ToList();
        var plan = Plan(name, jobs);
        Metrics.Report("started_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0);
        var summary = await BatchRunner.RunAsync(plan, servers, store, new BatchOptions { OutputDirectory = outputDirectory });
        Metrics.Report("ended_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0);
        Metrics.Report("cpu_seconds", Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        Metrics.Report("round_trips", summary.RoundTrips);
        Metrics.Report("done", summary.Done);
        Metrics.Report("failed", summary.Failed);
    }

    /// <summary>The same songs for every runner of a batch: their keys match, so runners share the items.</summary>
    public static BatchPlan Plan(string name, int jobs) =>
        BatchPlan.FromRequests(name, Enumerable.Range(1, jobs).Select(i => new GenerationRequest
        {
            Caption = $"benchmark song {i}, lofi hip hop",
            DurationSeconds = 2,
            Thinking = false,
            BatchSize = 1,
            Seeds = [i],
            AudioFormat = "wav",
        }));

    public static Task<IBatchStore> OpenAsync(string queue) =>
        queue.StartsWith("sqlite:", StringComparison.Ordinal)
            ? BatchStores.OpenSqliteAsync(queue["sqlite:".Length..])
            : BatchStores.OpenPostgresAsync(Environment.GetEnvironmentVariable("ACESTEP_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set ACESTEP_TEST_POSTGRES to the queue's connection string."));
}
