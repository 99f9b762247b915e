namespace AceStep.Simulator.Jobs;

/// <summary>
/// Which models are loaded in the current "process". Version A loads them at start-up; version B lazily, on the
/// first job, with the whole server blocked meanwhile (see docs/protocol.md, "Job lifecycle").
/// </summary>
internal sealed class ModelState(ServerVersion version, SimulatorFaults faults, TimeProvider clock, RequestGate gate)
{
    private volatile bool _initialized = version == ServerVersion.A;
    private volatile string? _initError;
    private volatile string _loadedModel = ModelNames.Turbo;

    public bool ModelsInitialized => _initialized;

    public string? InitError => _initError;

    /// <summary>The configured primary model, reported even before it is loaded.</summary>
    public string LoadedModel => _loadedModel;

    public bool LlmInitialized => _initialized && !faults.LmMissing;

    /// <summary>
    /// Whether the LM's folder is there to list: a server started without the LM (the low-VRAM tiers never fetch it) has none,
    /// one whose LM failed to load still has it.
    /// </summary>
    public bool LmInstalled => !faults.LmUnavailable;

    /// <summary>Loads the models if needed; false when initialisation failed (now or earlier).</summary>
    public async Task<bool> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return true;
        }

        if (_initError is not null)
        {
            return false;
        }

        var delay = faults.ModelLoadDelay;
        if (delay > TimeSpan.Zero)
        {
            gate.Close();
            try
            {
                await Task.Delay(delay, clock, cancellationToken);
            }
            finally
            {
                gate.Open();
            }
        }

        return TryInitialize(ModelNames.Turbo, out _);
    }

    /// <summary>What /v1/init does; clears a previous error on success.</summary>
    public bool TryInitialize(string model, out string? error)
    {
        error = faults.ModelLoadError;
        if (error is not null)
        {
            _initError = error;
            return false;
        }

        _loadedModel = model;
        _initError = null;
        _initialized = true;
        return true;
    }
}
