using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Providers;

namespace AceStep.Simulator.State;

/// <summary>
/// What lives as long as the simulator: options, the clock, folders, the result cache and the random sources.
/// The "process" state that a restart throws away is the current <see cref="ServerRuntime"/>.
/// </summary>
internal sealed class SimulatorContext : IAsyncDisposable
{
    private volatile ServerRuntime _runtime;

    public SimulatorContext(SimulatorOptions options)
    {
        Options = options;
        Clock = new AdjustableClock(options.TimeProvider);
        Paths = ServerPaths.Create(options.OutputDirectory);
        Cache = new ResultCache(Clock);
        Authorization = new ApiAuthorization(options.ApiKey);
        SeedRandom = new SeededRandom(options.RandomSeed);
        FailureRandom = new SeededRandom(unchecked(options.RandomSeed + 1));
        SampleRandom = new SeededRandom(unchecked(options.RandomSeed + 2));
        Providers = new ProviderFakes(options.Providers);
        _runtime = new ServerRuntime(this);
    }

    public SimulatorOptions Options { get; }

    public SimulatorFaults Faults => Options.Faults;

    public AdjustableClock Clock { get; }

    public ServerPaths Paths { get; }

    public ResultCache Cache { get; }

    public ApiAuthorization Authorization { get; }

    public SeededRandom SeedRandom { get; }

    public SeededRandom FailureRandom { get; }

    public SeededRandom SampleRandom { get; }

    /// <summary>The cloud-provider fakes; every song a job writes registers its vocal timeline with them.</summary>
    public ProviderFakes Providers { get; }

    public ServerRuntime Runtime => _runtime;

    public bool IsVersionB => Options.Version == ServerVersion.B;

    /// <summary>Replaces the "process": queued and running jobs are dropped, finished results stay in the cache.</summary>
    public async Task RestartAsync()
    {
        var old = _runtime;
        _runtime = new ServerRuntime(this);
        await old.DisposeAsync();
    }

    /// <summary>Ends the current "process" so that no request keeps waiting on a job.</summary>
    public ValueTask StopJobsAsync() => _runtime.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await _runtime.DisposeAsync();
        Paths.Delete();
    }
}
