using System.Net.Http.Json;
using AceStep.Client;
using AceStep.Simulator;

namespace AceStep.Batch.Tests.Support;

/// <summary>Several simulators in process, each with its own job time and faults, and the jobs each one received.</summary>
internal sealed class SimulatorFarm : IAsyncDisposable
{
    private readonly Dictionary<SimulatorServer, int> _jobsBeforeRestart = [];

    private SimulatorFarm(IReadOnlyList<SimulatorServer> servers) => Servers = servers;

    public IReadOnlyList<SimulatorServer> Servers { get; }

    public static async Task<SimulatorFarm> StartAsync(params Action<SimulatorOptions>[] configure)
    {
        var servers = new List<SimulatorServer>();
        foreach (var setup in configure)
        {
            var options = new SimulatorOptions { FixedGenerationTime = TimeSpan.FromMilliseconds(150) };
            setup(options);
            servers.Add(await SimulatorServer.StartAsync(options));
        }

        return new SimulatorFarm(servers);
    }

    public IReadOnlyList<ServerEndpoint> Endpoints(int capacity = 2) =>
        [.. Servers.Select(server => new ServerEndpoint(server.BaseAddress) { Capacity = capacity })];

    /// <summary>Restarts a server (queued jobs forgotten) and moves its clock past the one-hour rule, so its running job reports failed.</summary>
    /// <remarks>Submissions are refused (503) while the count is read and the server restarts, so none escapes the count.</remarks>
    public async Task RestartAsync(SimulatorServer server)
    {
        server.Faults.AddResponseFault(new ResponseFault("/release_task", ResponseFaultKind.Status, 503, count: 0));
        _jobsBeforeRestart[server] = _jobsBeforeRestart.GetValueOrDefault(server) + await JobsSinceStartAsync(server);
        await server.RestartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var answer = await http.PostAsJsonAsync("_simulator/clock", new ClockAdvance(3601), BatchTestJson.Default.ClockAdvance);
        answer.EnsureSuccessStatusCode();
        server.Faults.Reset();
    }

    /// <summary>Every submission the servers accepted, restarts included.</summary>
    public async Task<int> TotalJobsAsync()
    {
        var total = 0;
        foreach (var server in Servers)
        {
            total += await JobsSinceStartAsync(server) + _jobsBeforeRestart.GetValueOrDefault(server);
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers)
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<int> JobsSinceStartAsync(SimulatorServer server)
    {
        using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress });
        return (await client.GetStatsAsync()).TotalJobs;
    }
}
