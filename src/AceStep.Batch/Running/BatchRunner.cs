namespace AceStep.Batch;

/// <summary>
/// Runs a batch: many songs over many ACE-Step servers through a durable queue. Any number of runners (in
/// one process, in several, on several hosts with PostgreSQL) may run the same batch at once; each item is
/// done once. Running it again after a stop or a crash resumes: finished items are skipped, submitted ones
/// re-attached by their job id, and nothing that may have reached a server is sent again automatically.
/// </summary>
public static class BatchRunner
{
    /// <summary>Runs until every item is done or failed, nothing is left this runner can act on, or <paramref name="cancellationToken"/> stops it.</summary>
    /// <param name="plan">The batch; its items are added to the queue when missing.</param>
    /// <param name="servers">The servers to use (each with its own mode, key and capacity).</param>
    /// <param name="store">The queue (see <see cref="BatchStores"/>).</param>
    /// <param name="options">Output folder, timings, clock and randomness.</param>
    /// <param name="progress">Receives events as they happen, on the runner's threads.</param>
    /// <param name="cancellationToken">Stops the run: waits end, leases are given up, the manifest is written; the summary says <see cref="BatchSummary.Stopped"/>.</param>
    /// <remarks>The run stops itself the same way when every server stays down for <see cref="BatchOptions.AllServersDownDeadline"/>.</remarks>
    public static async Task<BatchSummary> RunAsync(
        BatchPlan plan,
        IReadOnlyList<ServerEndpoint> servers,
        IBatchStore store,
        BatchOptions options,
        IProgress<BatchEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        CheckServers(servers);
        var runnerId = options.RunnerId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{options.Random.Next():x8}";
        // The run also stops itself: when every server stays down past the deadline.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new BatchRun(new RunContext(plan, store, options, runnerId, progress, stopping.Token), servers, stopping);
        return await run.RunAsync().ConfigureAwait(false);
    }

    private static void CheckServers(IReadOnlyList<ServerEndpoint> servers)
    {
        if (servers.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one server.", nameof(servers));
        }

        var repeated = servers.GroupBy(server => server.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The server {repeated.Key} is listed twice; give each server once (set its capacity instead).", nameof(servers));
        }
    }
}
