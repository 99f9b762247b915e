namespace AceStep.Batch;

/// <summary>How a run ended.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="Total">Items in the batch.</param>
/// <param name="Done">Items done (by any runner).</param>
/// <param name="Failed">Items failed, each with its reason in the queue and the manifest.</param>
/// <param name="Remaining">Items not finished: left for a later run (stopped, servers unavailable, held by other runners).</param>
/// <param name="Stopped">True when the run was cancelled (or gave up on its servers); a later run resumes it.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="RoundTrips">Database round trips this run made.</param>
/// <param name="ManifestPath">The <c>batch.json</c> written last.</param>
public sealed record BatchSummary(string BatchId, int Total, int Done, int Failed, int Remaining, bool Stopped, TimeSpan Elapsed, long RoundTrips, string ManifestPath)
{
    /// <summary>True when the run gave up because every server stayed down for <see cref="BatchOptions.AllServersDownDeadline"/>.</summary>
    public bool ServersUnavailable { get; init; }
}
