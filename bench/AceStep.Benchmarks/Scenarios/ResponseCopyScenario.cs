using System.Diagnostics;
using AceStep.Benchmarks.Support;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>The baseline: what `curl -o` does — POST, then copy the response bytes to a file, nothing else.</summary>
internal static class ResponseCopyScenario
{
    public static async Task RunAsync(Uri server, string outputPath)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent("{\"model\":\"acestep/bench\",\"messages\":[{\"role\":\"user\",\"content\":\"a song\"}]}"),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using (var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(file);
        }

        Metrics.Report("seconds", stopwatch.Elapsed.TotalSeconds);
        // CPU time is what the load of a shared machine distorts least: it is the work itself, not the wait for a core.
        Metrics.Report("cpu_seconds", (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        Metrics.Report("bytes", new FileInfo(outputPath).Length);
    }
}
