using AceStep.Simulator;

namespace AceStep.Client.Tests.Integration;

/// <summary>Starts a simulator on 127.0.0.1 and builds a client for it.</summary>
internal static class SimulatorClients
{
    public const string Key = "sk-integration-canary-7731";

    public static Task<SimulatorServer> StartAsync(ServerVersion version, bool withKey, Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            Version = version,
            ApiKey = withKey ? Key : null,
            FixedGenerationTime = TimeSpan.FromMilliseconds(100),
        };
        configure?.Invoke(options);
        return SimulatorServer.StartAsync(options);
    }

    public static AceStepClient Client(SimulatorServer server, bool withKey, Action<AceStepClientOptions>? configure = null)
    {
        var options = new AceStepClientOptions
        {
            Endpoint = server.BaseAddress,
            ApiKey = withKey ? Key : null,
            PollInitialInterval = TimeSpan.FromMilliseconds(50),
            PollMaxInterval = TimeSpan.FromMilliseconds(200),
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return new AceStepClient(options);
    }
}
