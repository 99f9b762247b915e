using AceStep.Simulator.Hosting;
using AceStep.Simulator.Providers;
using AceStep.Simulator.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AceStep.Simulator;

/// <summary>
/// A running simulator, in process. Integration tests start one on 127.0.0.1 with port 0 and talk to
/// <see cref="BaseAddress"/> over real HTTP.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorContext _context;
    private int _disposed;

    private SimulatorServer(WebApplication app, SimulatorContext context, Uri baseAddress)
    {
        _app = app;
        _context = context;
        BaseAddress = baseAddress;
    }

    /// <summary>The bound address with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The live fault switches (the same object as the options' <see cref="SimulatorOptions.Faults"/>).</summary>
    public SimulatorFaults Faults => _context.Faults;

    /// <summary>The cloud-provider fakes served beside the ACE-Step routes: their faults, request log and the vocal timelines of the songs made.</summary>
    public ProviderFakes Providers => _context.Providers;

    /// <summary>The fake OpenAI's <c>api_url</c>, e.g. http://127.0.0.1:41234/openai/v1.</summary>
    public Uri OpenAiEndpoint => new(BaseAddress, ProviderRoutePrefixes.OpenAi.TrimStart('/') + "/v1");

    /// <summary>The fake ElevenLabs' <c>api_url</c>, e.g. http://127.0.0.1:41234/elevenlabs/v1.</summary>
    public Uri ElevenLabsEndpoint => new(BaseAddress, ProviderRoutePrefixes.ElevenLabs.TrimStart('/') + "/v1");

    /// <summary>The fake Gemini's <c>api_url</c>, e.g. http://127.0.0.1:41234/gemini/v1beta.</summary>
    public Uri GeminiEndpoint => new(BaseAddress, ProviderRoutePrefixes.Gemini.TrimStart('/') + "/v1beta");

    /// <summary>The folder the generated audio files are written to.</summary>
    public string OutputDirectory => _context.Paths.OutputDirectory;

    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await LoadVersionAModelsAsync(options, ct);
        var context = new SimulatorContext(options);
        var app = SimulatorApplication.Build(context);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            await context.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorServer(app, context, new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Version A loads its models before it listens: the port stays closed for <see cref="SimulatorFaults.ModelLoadDelay"/>,
    /// and a <see cref="SimulatorFaults.ModelLoadError"/> makes the server exit (see docs/protocol.md, "Job lifecycle").
    /// </summary>
    private static async Task LoadVersionAModelsAsync(SimulatorOptions options, CancellationToken ct)
    {
        if (options.Version != ServerVersion.A)
        {
            return;
        }

        if (options.Faults.ModelLoadDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.Faults.ModelLoadDelay, options.TimeProvider, ct);
        }

        if (options.Faults.ModelLoadError is { } error)
        {
            throw new InvalidOperationException($"Model initialization failed: {error}");
        }
    }

    /// <summary>
    /// Imitates a server restart: queued jobs are forgotten, running jobs stay "running" in the result cache
    /// (until the one-hour rule), finished results survive, statistics restart from zero; version B models unload.
    /// </summary>
    public Task RestartAsync() => _context.RestartAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Jobs first: a chat request waiting on one is aborted instead of holding up the shutdown.
        await _context.StopJobsAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _context.DisposeAsync();
    }
}
