using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Client.Completion;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>The library's completion mode saving the same answer (JSON, or server-sent events with <c>stream</c>): decode base64 to disk, sniff, rename.</summary>
internal static class CompletionSaveScenario
{
    public static async Task RunAsync(Uri server, string outputDirectory, bool stream = false)
    {
        Directory.CreateDirectory(outputDirectory);
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server });
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "a song", AudioFormat = "wav" },
            new CompletionOptions { Model = "acestep/bench", Stream = stream },
            new AudioDestination(outputDirectory, "bench", Overwrite: true));
        Metrics.Report("seconds", stopwatch.Elapsed.TotalSeconds);
        // CPU time is what the load of a shared machine distorts least: it is the work itself, not the wait for a core.
        Metrics.Report("cpu_seconds", (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        Metrics.Report("bytes", result.Files.Sum(file => file.Bytes));
    }
}
