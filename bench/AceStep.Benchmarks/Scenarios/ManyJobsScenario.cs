using System.Diagnostics;
using AceStep.Benchmarks.Support;
using AceStep.Client;
using AceStep.Client.Audio;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Many native jobs at once through one <see cref="AceStepClient"/> against a simulator in another process
/// (its CPU must not count): submit, poll, download, save. Reports this process's CPU time per job.
/// </summary>
internal static class ManyJobsScenario
{
    public static async Task RunAsync(Uri server, int jobs)
    {
        var output = Directory.CreateTempSubdirectory("acestep-bench-many-");
        try
        {
            using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server });

            // The first round pays for JIT compilation (and tiered re-compilation) and connection set-up: it is the
            // figure of a one-shot CLI run. The second round is the steady state of a long-lived client.
            var (coldWall, coldCpu, coldKernelCpu, _) = await RunRoundAsync(client, output.FullName, jobs, "cold");
            var (wall, cpu, kernelCpu, bytes) = await RunRoundAsync(client, output.FullName, jobs, "warm");

            Metrics.Report("cold_wall_seconds", coldWall.TotalSeconds);
            Metrics.Report("cold_cpu_ms_per_job", coldCpu.TotalMilliseconds / jobs);
            Metrics.Report("cold_user_cpu_ms_per_job", (coldCpu - coldKernelCpu).TotalMilliseconds / jobs);
            Metrics.Report("wall_seconds", wall.TotalSeconds);
            Metrics.Report("cpu_ms_per_job", cpu.TotalMilliseconds / jobs);

            // Kernel time is mostly the transfer itself (socket reads, file writes); user time is the client's own work.
            Metrics.Report("kernel_cpu_ms_per_job", kernelCpu.TotalMilliseconds / jobs);
            Metrics.Report("user_cpu_ms_per_job", (cpu - kernelCpu).TotalMilliseconds / jobs);
            Metrics.Report("bytes", bytes);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu, TimeSpan KernelCpu, long Bytes)> RunRoundAsync(
        AceStepClient client, string directory, int jobs, string round)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var kernelBefore = process.PrivilegedProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var bytes = await Task.WhenAll(Enumerable.Range(0, jobs).Select(job => RunJobAsync(client, directory, $"{round}{job}")));
        var wall = stopwatch.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpuBefore, process.PrivilegedProcessorTime - kernelBefore, bytes.Sum());
    }

    private static async Task<long> RunJobAsync(AceStepClient client, string directory, string stem)
    {
        var operation = await client.StartGenerationAsync(new GenerationRequest
        {
            Caption = "benchmark song",
            DurationSeconds = 10,
            AudioFormat = "mp3",
            Thinking = false,
        });
        await operation.WaitForCompletionAsync(timeout: TimeSpan.FromMinutes(5));
        var files = await operation.DownloadAudioAsync(new AudioDestination(directory, stem, Overwrite: true));
        return files.Sum(file => file.Bytes);
    }
}
