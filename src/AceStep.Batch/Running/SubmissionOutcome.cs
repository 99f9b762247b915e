namespace AceStep.Batch;

/// <summary>What a failed submission means for its item, by what the client knows about whether it reached the server.</summary>
internal enum SubmissionOutcome
{
    /// <summary>The server never took it (unreachable, busy, not ready, wrong key or route): back to the queue for any server.</summary>
    ServerUnavailable,

    /// <summary>The server or the client refused the request itself: the item fails; fix the plan.</summary>
    Rejected,

    /// <summary>It may have reached the server: the item fails and is never sent again automatically.</summary>
    Uncertain,
}
