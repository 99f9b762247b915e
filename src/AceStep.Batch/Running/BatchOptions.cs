using AceStep.Client;

namespace AceStep.Batch;

/// <summary>How a runner works through a batch.</summary>
public sealed record BatchOptions
{
    /// <summary>Where the audio files and <c>batch.json</c> go (created when missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>This runner's name in the queue; null makes one from the host, process id and a random suffix.</summary>
    public string? RunnerId { get; init; }

    /// <summary>Jobs a server may hold at once when its <see cref="ServerEndpoint.Capacity"/> is not set.</summary>
    public int DefaultServerCapacity { get; init; } = 2;

    /// <summary>How long a claim lasts without a heartbeat; after it another runner takes the item over.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often leases are renewed (well inside <see cref="LeaseDuration"/>) and abandoned submissions are swept.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle server lane asks the queue again (work finished by other runners frees room).</summary>
    public TimeSpan IdlePollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often progress is reported and <c>batch.json</c> rewritten while items change.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait for one job; after it the item fails as timed out (its job id kept, a requeue re-attaches).</summary>
    public TimeSpan JobTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Connection-type failures in a row after which a server gets no new work for <see cref="ServerPause"/>.</summary>
    public int FailuresBeforePause { get; init; } = 2;

    /// <summary>How long a failing server is left alone before its <c>/health</c> is probed again.</summary>
    public TimeSpan ServerPause { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long every server of this runner may be paused at once (each refused or failed, and its health probe
    /// unanswered) before the run gives up: it stops as a cancelled run does, leaving unfinished items in the queue
    /// for a later run, and says <see cref="BatchSummary.ServersUnavailable"/>. Null waits for a server forever.
    /// </summary>
    public TimeSpan? AllServersDownDeadline { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Downloads of one item before it fails (each resumes where the last stopped).</summary>
    public int MaxDownloadAttempts { get; init; } = 3;

    /// <summary>
    /// Put failed items back before starting (<see cref="IBatchStore.RequeueFailedAsync"/>): the user's explicit
    /// request to send again items that failed, including those that may have reached a server.
    /// </summary>
    public bool RetryFailed { get; init; }

    /// <summary>Ask <c>/v1/stats</c> before sending a server more work, so a server busy with other people's jobs is not piled on.</summary>
    public bool UseServerStats { get; init; } = true;

    public string UserAgent { get; init; } = "AceStep.Batch/1.0";

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public Random Random { get; init; } = Random.Shared;

    /// <summary>Adjusts each server's client options (timeouts, polling) after the endpoint, key, clock and randomness are set.</summary>
    public Action<AceStepClientOptions>? ConfigureClient { get; init; }
}
