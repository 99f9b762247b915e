namespace AceStep.Simulator;

/// <summary>
/// Fault injection switches. Live: a running server reads them on every request and job, so tests may change
/// them at any time (also through <c>GET/PUT/DELETE /_simulator/faults</c>). Documented in docs/simulator.md.
/// </summary>
public sealed class SimulatorFaults
{
    private IReadOnlyList<ResponseFault> _responseFaults = [];

    /// <summary>
    /// [B] How long the lazy model load of the first job takes; the whole server hangs meanwhile.
    /// [A] Read once at start: the port opens only after this delay.
    /// </summary>
    public TimeSpan ModelLoadDelay { get; set; }

    /// <summary>
    /// [B] When set, model initialisation fails with this message: every job fails (see docs/protocol.md, "Job lifecycle"), chat answers 503.
    /// [A] Read once at start: the server does not start (StartAsync throws, the executable exits with 1).
    /// </summary>
    public string? ModelLoadError { get; set; }

    /// <summary>The 5Hz LM is disabled on this server: jobs that need it fail, /format_input and /v1/create_sample answer 503.</summary>
    public bool LmUnavailable { get; set; }

    /// <summary>When set, the LM "failed to load" with this reason: jobs that need it fail, the LM routes answer 500.</summary>
    public string? LmLoadError { get; set; }

    /// <summary>Probability (0–1) that a job fails while running; drawn from the seeded random source.</summary>
    public double JobFailureRate { get; set; }

    /// <summary>Every submission is answered 429 as if the queue were full.</summary>
    public bool QueueFull { get; set; }

    /// <summary>Throttles /v1/audio downloads to this many bytes per second; 0 means unthrottled.</summary>
    public long DownloadBytesPerSecond { get; set; }

    /// <summary>When set, /v1/audio drops the connection after sending this many body bytes.</summary>
    public long? DropDownloadAfterBytes { get; set; }

    /// <summary>When set, overrides <see cref="SimulatorOptions.ChatGenerationTimeout"/> (non-streaming chat answers 504 after it).</summary>
    public TimeSpan? ChatTimeout { get; set; }

    /// <summary>Broken answers injected on chosen paths; a snapshot that is replaced, never mutated.</summary>
    public IReadOnlyList<ResponseFault> ResponseFaults
    {
        get => Volatile.Read(ref _responseFaults);
        set => Volatile.Write(ref _responseFaults, value ?? []);
    }

    /// <summary>Adds one response fault (thread-safe).</summary>
    public void AddResponseFault(ResponseFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        while (true)
        {
            var current = Volatile.Read(ref _responseFaults);
            IReadOnlyList<ResponseFault> next = [.. current, fault];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _responseFaults, next, current), current))
            {
                return;
            }
        }
    }

    /// <summary>Turns every fault off.</summary>
    public void Reset()
    {
        ModelLoadDelay = TimeSpan.Zero;
        ModelLoadError = null;
        LmUnavailable = false;
        LmLoadError = null;
        JobFailureRate = 0;
        QueueFull = false;
        DownloadBytesPerSecond = 0;
        DropDownloadAfterBytes = null;
        ChatTimeout = null;
        ResponseFaults = [];
    }

    /// <summary>The LM cannot serve requests, for either reason.</summary>
    internal bool LmMissing => LmUnavailable || LmLoadError is not null;
}
