using System.Globalization;
using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Client;
using AceStep.Simulator;

namespace AceStep.Cli.Tests.Batch;

/// <summary>
/// A sandbox with simulators for <c>acestep batch</c>: writes plans, and checks what every run must leave true —
/// each item done once with its files present and listed by no other item, no job id twice, every job a server
/// accepted accounted for, nothing half-written, and batch.json saying so.
/// </summary>
internal sealed class BatchWorld : IAsyncDisposable
{
    private readonly List<SimulatorServer> _servers = [];
    private readonly List<string?> _keys = [];

    public CliSandbox Sandbox { get; } = new();

    public IReadOnlyList<SimulatorServer> Servers => _servers;

    public string QueueFile => Path.Combine(Sandbox.Home, "state", "queue.db");

    public static async Task<BatchWorld> StartAsync(int servers, TimeSpan jobTime, Action<int, SimulatorOptions>? configure = null)
    {
        var world = new BatchWorld();
        world.Sandbox.Variables["ACESTEP_API_MODE"] = "native";
        for (var index = 0; index < servers; index++)
        {
            var options = new SimulatorOptions { OutputDirectory = Path.Combine(world.Sandbox.Root, $"server{index}"), FixedGenerationTime = jobTime };
            configure?.Invoke(index, options);
            world._servers.Add(await SimulatorServer.StartAsync(options));
            world._keys.Add(options.ApiKey);
        }

        return world;
    }

    /// <summary>--server for each simulator.</summary>
    public string[] ServerFlags() => [.. _servers.SelectMany(server => new[] { "--server", server.BaseAddress.ToString() })];

    /// <summary>A plan of <paramref name="count"/> different songs, one a line, in the project folder.</summary>
    public string WritePlan(string fileName, int count) => Sandbox.WriteText(
        fileName,
        string.Concat(Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{\"caption\": \"test song {i}\", \"duration\": 10, \"seed\": {i}, \"thinking\": false}}\n"))));

    public string OutputOf(string batchName) => Path.Combine(Sandbox.OutputDirectory, batchName);

    /// <summary>Every submission the simulators accepted.</summary>
    public async Task<int> TotalJobsAsync()
    {
        var total = 0;
        foreach (var (server, key) in _servers.Zip(_keys))
        {
            using var client = new AceStepClient(new AceStepClientOptions { Endpoint = server.BaseAddress, ApiKey = key });
            total += (await client.GetStatsAsync()).TotalJobs;
        }

        return total;
    }

    /// <summary>Checks the batch's output folder against its manifest; returns the manifest's items.</summary>
    public async Task<IReadOnlyList<JsonElement>> VerifyAsync(string batchName, int items, bool killed = false)
    {
        var folder = OutputOf(batchName);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "batch.json")));
        var entries = manifest.RootElement.GetProperty("items").EnumerateArray().Select(entry => entry.Clone()).ToList();
        Assert.Equal(items, entries.Count);
        Assert.All(entries, entry => Assert.Equal("done", entry.GetProperty("state").GetString()));

        var listed = entries.SelectMany(entry => entry.GetProperty("files").EnumerateArray().Select(file => file.GetString()!)).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(listed, file => Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 0, $"{file} is missing or empty"));
        var onDisk = Directory.GetFiles(folder).Select(Path.GetFileName).Where(name => name != "batch.json" && !(killed && name!.StartsWith('.'))).Order().ToList();
        Assert.Equal(listed.Order(), onDisk);

        var jobIds = entries.Select(entry => entry.GetProperty("job_id").GetString()).ToList();
        Assert.Equal(jobIds.Count, jobIds.Distinct().Count());
        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        Sandbox.Dispose();
    }
}
