using AceStep.Simulator.Providers;

namespace AceStep.Simulator;

/// <summary>Everything that configures a simulator instance; every property is also a command-line option.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Address to bind: an IP address, or "localhost".</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port to bind; 0 picks a free port (the command line's default is 8001).</summary>
    public int Port { get; set; }

    /// <summary>The API key; null turns authentication off. An empty string turns it on with the empty key (see docs/protocol.md, "Authentication").</summary>
    public string? ApiKey { get; set; }

    /// <summary>The server version whose client-visible behaviour is imitated.</summary>
    public ServerVersion Version { get; set; } = ServerVersion.B;

    /// <summary>Where generated audio goes; null means a fresh folder under the system temp directory.</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>Time every job takes regardless of its length.</summary>
    public TimeSpan FixedGenerationTime { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Extra seconds of generation per second of requested audio (a GPU does roughly 0.05–0.5).</summary>
    public double GenerationSecondsPerAudioSecond { get; set; }

    /// <summary>How many jobs may wait for the worker before submissions get 429 (ACESTEP_QUEUE_MAXSIZE).</summary>
    public int QueueCapacity { get; set; } = 200;

    /// <summary>How long a non-streaming chat completion waits for its job before answering 504 (ACESTEP_GENERATION_TIMEOUT).</summary>
    public TimeSpan ChatGenerationTimeout { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>Interval of the "." heartbeat chunks of streaming chat completions.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock for job timing, timestamps and the one-hour rule; tests pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seeds the draws for random audio seeds, failure-rate faults and canned samples.</summary>
    public int RandomSeed { get; set; } = 12345;

    /// <summary>Log every request to the console (off by default: the simulator is used for load tests).</summary>
    public bool VerboseLogging { get; set; }

    /// <summary>
    /// Imitate the later upstream server (after B) that adds <c>POST /v1/transcribe</c> (see docs/protocol.md); only
    /// with <see cref="ServerVersion.B"/>. Off, the route is a 404 as on A and B.
    /// </summary>
    public bool TranscribeRoute { get; set; }

    /// <summary>The cloud-provider fakes served beside the ACE-Step routes (keys, limits, the words that get blocked).</summary>
    public ProviderFakeOptions Providers { get; } = new();

    /// <summary>Fault injection switches; live, so they can change while the server runs.</summary>
    public SimulatorFaults Faults { get; } = new();
}
