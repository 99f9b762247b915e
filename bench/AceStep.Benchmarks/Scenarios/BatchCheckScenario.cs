using AceStep.Batch;
using AceStep.Benchmarks.Support;
using AceStep.Client;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// <c>scenario batch-check QUEUE NAME URLFILE OUTDIR</c>: after the runners, compares the queue with the servers
/// and the folder: items done, duplicates (jobs the servers ran beyond one per item, files listed twice) and
/// lost items (not done, or done without their files), and how long the servers were busy in all.
/// </summary>
internal static class BatchCheckScenario
{
    public static async Task RunAsync(string queue, string name, string urlFile, string outputDirectory)
    {
        await using var store = await BatchRunScenario.OpenAsync(queue);
        var items = await store.ListItemsAsync(name);
        var accepted = 0;
        var busySeconds = 0.0;
        foreach (var url in await File.ReadAllLinesAsync(urlFile))
        {
            using var client = new AceStepClient(new AceStepClientOptions { Endpoint = new Uri(url) });
            var stats = await client.GetStatsAsync();
            accepted += stats.TotalJobs;
            busySeconds += stats.TotalJobs * (stats.AverageJobSeconds ?? 0);
        }

        var done = items.Where(item => item.State == ItemState.Done).ToList();
        var files = done.SelectMany(item => item.Files).ToList();
        var lost = items.Count - done.Count + done.Count(item => item.Files.Count == 0 || item.Files.Any(file => !File.Exists(Path.Combine(outputDirectory, file))));
        Metrics.Report("items", items.Count);
        Metrics.Report("done", done.Count);
        Metrics.Report("server_jobs", accepted);
        // What the servers really spent per job on this machine (the simulator synthesises and encodes the audio
        // after its fixed time, slower on a loaded machine): the ideal a perfect scheduler could reach here.
        Metrics.Report("server_busy_seconds", busySeconds);
        Metrics.Report("duplicates", accepted - items.Count + files.Count - files.Distinct().Count());
        Metrics.Report("lost", lost);
    }
}
