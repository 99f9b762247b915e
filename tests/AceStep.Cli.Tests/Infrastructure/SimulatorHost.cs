using AceStep.Simulator;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>Starts a simulator for one test and points a sandbox at it.</summary>
internal static class SimulatorHost
{
    public static async Task<SimulatorServer> StartAsync(CliSandbox sandbox, ServerVersion version = ServerVersion.B, string? apiKey = null, string mode = "native", Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            Version = version,
            ApiKey = apiKey,
            OutputDirectory = Path.Combine(sandbox.Root, "server"),
            FixedGenerationTime = TimeSpan.FromMilliseconds(100),
        };
        configure?.Invoke(options);
        var server = await SimulatorServer.StartAsync(options);
        sandbox.Variables["ACESTEP_API_URL"] = server.BaseAddress.ToString();
        sandbox.Variables["ACESTEP_API_MODE"] = mode;
        if (apiKey is not null)
        {
            sandbox.Variables["ACESTEP_API_KEY"] = apiKey;
        }

        return server;
    }
}
