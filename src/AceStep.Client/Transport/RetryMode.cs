namespace AceStep.Client.Transport;

/// <summary>Which failures a request may be retried after.</summary>
internal enum RetryMode
{
    /// <summary>Never retried.</summary>
    None,

    /// <summary>Retried only when the connection was never established, so the server cannot have seen it (job submission).</summary>
    ConnectFailuresOnly,

    /// <summary>A read: retried on network errors, 429, 502/503/504 and 52x.</summary>
    Idempotent,
}
