using AceStep.Simulator;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// <c>scenario batch-farm SERVERS SECONDS URLFILE</c>: starts SERVERS simulators whose jobs take SECONDS each,
/// writes their addresses to URLFILE (one a line) and serves until the process is stopped.
/// </summary>
internal static class BatchFarmScenario
{
    public static async Task RunAsync(int servers, double seconds, string urlFile)
    {
        var started = new List<SimulatorServer>();
        for (var i = 0; i < servers; i++)
        {
            started.Add(await SimulatorServer.StartAsync(new SimulatorOptions { FixedGenerationTime = TimeSpan.FromSeconds(seconds), RandomSeed = 100 + i }));
        }

        await File.WriteAllLinesAsync(urlFile + ".tmp", started.Select(server => server.BaseAddress.ToString()));
        File.Move(urlFile + ".tmp", urlFile, overwrite: true);
        await Console.Out.WriteLineAsync("listening");
        await Task.Delay(Timeout.Infinite);
    }
}
