namespace AceStep.Batch;

/// <summary>
/// The durable queue behind a batch, on SQLite (one machine, several processes) or PostgreSQL (a farm of client
/// hosts). Every change is one transaction; the database does the locking, the lease expiry and the ordering.
/// Changes to an item name its <see cref="ItemLease"/> and return false when the lease is no longer held.
/// Thread-safe: one instance serves all of a runner's tasks.
/// </summary>
public interface IBatchStore : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Engine { get; }

    /// <summary>Database round trips made through this instance (statements, or batches sent as one).</summary>
    long RoundTrips { get; }

    /// <summary>Adds the plan's items that the queue does not have yet; items already there keep their state.</summary>
    Task<PlanRegistration> RegisterPlanAsync(BatchPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Makes the servers known to the queue (their rows serialise claims for the same server).</summary>
    Task RegisterServersAsync(IReadOnlyList<string> servers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the next item for a server: first an item in flight on that server whose lease expired (to
    /// re-attach), else the first pending item in plan order while the server holds fewer than
    /// <see cref="ClaimRequest.Capacity"/> jobs. Null when there is nothing to do for this server now.
    /// </summary>
    Task<ClaimedItem?> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken = default);

    /// <summary>Claimed → submitting, recorded before the request is sent: from here it is never sent again automatically.</summary>
    Task<bool> MarkSubmittingAsync(ItemLease lease, ServerMode mode, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Submitting → submitted with the job id, and the job written to the ledger, in one transaction. The ledger
    /// row is written even when the lease was lost, so a job id the server returned is never lost.
    /// </summary>
    Task<bool> MarkSubmittedAsync(ItemLease lease, string jobId, CancellationToken cancellationToken = default);

    /// <summary>Submitted → downloading; counts the download.</summary>
    Task<bool> MarkDownloadingAsync(ItemLease lease, CancellationToken cancellationToken = default);

    /// <summary>→ done with the files written; the ledger row becomes <c>succeeded</c> (created for completion mode, whose id comes only now).</summary>
    Task<bool> CompleteAsync(ItemLease lease, string jobId, IReadOnlyList<string> files, string outputDirectory, CancellationToken cancellationToken = default);

    /// <summary>→ failed with its reason; the ledger row, if any, follows.</summary>
    Task<bool> FailAsync(ItemLease lease, FailureKind failure, string reason, CancellationToken cancellationToken = default);

    /// <summary>Claimed or submitting → pending, for any server: only when the request provably never reached a server.</summary>
    Task<bool> ReleaseAsync(ItemLease lease, CancellationToken cancellationToken = default);

    /// <summary>Gives up the lease of an item in flight (submitted, downloading), keeping its job, so the next runner re-attaches at once.</summary>
    Task<bool> DetachAsync(ItemLease lease, CancellationToken cancellationToken = default);

    /// <summary>Renews every lease <paramref name="owner"/> holds (the heartbeat); returns how many.</summary>
    Task<int> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fails the items of a batch left in <see cref="ItemState.Submitting"/> by a runner whose lease expired: their
    /// request may have reached a server, so they are reported (<see cref="FailureKind.Uncertain"/>), not resent.
    /// </summary>
    Task<IReadOnlyList<ItemRecord>> SweepAbandonedSubmissionsAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a batch's failed items back: those with a job that may still deliver (timed out, download failed)
    /// to re-attach, the others to pending (sent again: call this only when the user asks for it).
    /// </summary>
    Task<int> RequeueFailedAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>Every item of a batch, in plan order.</summary>
    Task<IReadOnlyList<ItemRecord>> ListItemsAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>Writes or replaces a ledger row (single jobs outside a batch).</summary>
    Task SaveJobAsync(JobRecord job, CancellationToken cancellationToken = default);

    /// <summary>The ledger rows with this job id (normally one; the same id on two servers gives two).</summary>
    Task<IReadOnlyList<JobRecord>> FindJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>The newest ledger rows first; <paramref name="limit"/> 0 for all.</summary>
    Task<IReadOnlyList<JobRecord>> ListJobsAsync(int limit, CancellationToken cancellationToken = default);
}
