using AceStep.Cli.Tests.Infrastructure;
using System.Diagnostics;
using AceStep.Simulator;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// The API key never leaves the config, on the fault matrix's paths too: with a canary key configured, none of the server faults, hostile
/// answers or lost jobs of docs/reliability.md lets the key reach stdout, stderr or any file left behind.
/// </summary>
public sealed class FaultPathsCanaryTests(ITestOutputHelper output) : IDisposable
{
    private const string Canary = "sk-fault-canary-5d1e0b7f3a9c";
    private readonly CliSandbox _sandbox = new();
    private readonly List<CliResult> _results = [];

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task The_key_never_appears_on_any_fault_path()
    {
        await using (var server = await SimulatorHost.StartAsync(_sandbox, apiKey: Canary))
        {
            foreach (var fault in new[]
            {
                new ResponseFault("/release_task", ResponseFaultKind.Status, 503),
                new ResponseFault("/release_task", ResponseFaultKind.Status, 502),
                new ResponseFault("/release_task", ResponseFaultKind.PlainText500),
                new ResponseFault("/release_task", ResponseFaultKind.MalformedJson),
                new ResponseFault("/query_result", ResponseFaultKind.PlainText500, count: 2),
            })
            {
                server.Faults.AddResponseFault(fault);
                await RunAsync("generate", "Rock", "--duration", "3");
            }

            server.Faults.AddResponseFault(new ResponseFault("/v1/chat/completions", ResponseFaultKind.Status, 504));
            await RunAsync("generate", "Rock", "--duration", "3", "--mode", "completion", "--json");
            server.Faults.Reset();
            server.Faults.DropDownloadAfterBytes = 20_000;
            await RunAsync("generate", "Rock", "--duration", "5", "--format", "wav", "--json");
            server.Faults.Reset();

            server.Faults.AddResponseFault(new ResponseFault("/query_result", ResponseFaultKind.PlainText500, count: 0));
            await RunTimeLapsedAsync("generate", "Rock", "--duration", "3", "--json");
        }

        await using (var slow = await SimulatorHost.StartAsync(_sandbox, apiKey: Canary, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(60)))
        {
            await RunAsync("generate", "Running", "--duration", "3", "--no-wait", "-q");
            var queued = await RunAsync("generate", "Queued", "--duration", "3", "--no-wait", "-q");
            await slow.RestartAsync();
            await RunTimeLapsedAsync("status", queued.StandardOutput.Trim(), "--json");
        }

        await using (var hostile = new HostileServer(path => path == "/health"
            ? HostileServer.Health
            : HostileAnswer.Envelope("""{"task_id":"../../canary","status":"queued","queue_position":1}""")))
        {
            _sandbox.Variables["ACESTEP_API_URL"] = hostile.BaseAddress.ToString();
            await RunAsync("generate", "Rock", "--duration", "3", "--json");
        }

        Assert.True(_results.Count >= 10);
        Assert.Contains(_results, r => r.ExitCode == 0);
        Assert.Contains(_results, r => r.ExitCode == 8);
        foreach (var result in _results)
        {
            Assert.DoesNotContain(Canary, result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, result.StandardError, StringComparison.Ordinal);
        }

        var serverFolder = Path.Combine(_sandbox.Root, "server");
        foreach (var file in _sandbox.AllFiles().Where(f => !f.StartsWith(serverFolder, StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(Canary, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private async Task<CliResult> RunAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var result = await _sandbox.RunAsync(args).WaitAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{string.Join(' ', args)} -> exit {result.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s");
        _results.Add(result);
        return result;
    }

    private async Task RunTimeLapsedAsync(params string[] args)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _sandbox.Clock = clock;
        await using (TimeLapse.Start(clock))
        {
            await RunAsync(args);
        }

        _sandbox.Clock = null;
    }
}
