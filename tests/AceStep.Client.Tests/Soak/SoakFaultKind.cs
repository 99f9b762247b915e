namespace AceStep.Client.Tests.Soak;

/// <summary>The faults the soak run injects into the simulator while jobs are in flight.</summary>
internal enum SoakFaultKind
{
    /// <summary>uvicorn's plain-text 500 on a poll (retried by the waiter).</summary>
    PlainText500OnPoll,

    /// <summary>503 on a poll (retried).</summary>
    Status503OnPoll,

    /// <summary>502 from a "gateway" on a download (retried).</summary>
    Status502OnDownload,

    /// <summary>Plain-text 500 on a submission (not retried: the job is rejected).</summary>
    PlainText500OnSubmit,

    /// <summary>503 on a submission (not retried: the job is rejected).</summary>
    Status503OnSubmit,

    /// <summary>The queue-full switch for a short window (429 on submission).</summary>
    QueueFullWindow,

    /// <summary>Downloads drop the connection after a few KiB for a short window (resumed with Range).</summary>
    DroppedDownloadWindow,

    /// <summary>Downloads are throttled for a short window.</summary>
    SlowDownloadWindow,

    /// <summary>The server restarts: queued jobs are forgotten, a running one looks "running" forever.</summary>
    Restart,
}
