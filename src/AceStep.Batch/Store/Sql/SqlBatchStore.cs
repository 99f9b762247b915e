using System.Data.Common;
using System.Security.Cryptography;

namespace AceStep.Batch.Store;

/// <summary>The queue on a relational engine: the operations of <see cref="IBatchStore"/> over <see cref="StoreSql"/>.</summary>
internal sealed class SqlBatchStore(string engine, SqlExecutor sql, IAsyncDisposable? resources) : IBatchStore
{
    private const int ItemsPerInsert = 100;
    private const string AbandonedSubmission =
        "the runner stopped while sending it, so it may have reached the server; it was not sent again (requeue it to retry)";

    private readonly RowReader _rows = new(sql.Dialect);

    public string Engine => engine;

    public long RoundTrips => sql.RoundTrips;

    public async Task<PlanRegistration> RegisterPlanAsync(BatchPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var statements = new List<SqlStatement> { sql.Statement(StoreSql.InsertBatch).With("@batch", plan.Name) };
        foreach (var chunk in plan.Items.Chunk(ItemsPerInsert))
        {
            statements.Add(InsertItems(plan.Name, chunk));
        }

        var affected = await sql.ExecuteAtomicAsync(statements, cancellationToken).ConfigureAwait(false);
        var added = affected.Skip(1).Sum();
        return new PlanRegistration(added, plan.Items.Count - added);
    }

    public async Task RegisterServersAsync(IReadOnlyList<string> servers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var statements = servers.Select(server => sql.Statement(StoreSql.InsertServer).With("@server", server)).ToList();
        if (statements.Count > 0)
        {
            await sql.ExecuteAtomicAsync(statements, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ClaimedItem?> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = NewToken();
        var claim = sql.Statement(StoreSql.Claim)
            .With("@batch", request.BatchId)
            .With("@server", request.Server)
            .With("@owner", request.Owner)
            .With("@token", token)
            .With("@capacity", request.Capacity)
            .With("@lease", sql.Dialect.LeaseParameter(request.Lease));
        var before = sql.Dialect.LockServer(request.Server) is { } lockStatement ? [lockStatement] : Array.Empty<SqlStatement>();
        var rows = await sql.QueryAtomicAsync(before, claim, _rows.Item, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : new ClaimedItem(new ItemLease(request.BatchId, rows[0].Key, token), rows[0]);
    }

    public Task<bool> MarkSubmittingAsync(ItemLease lease, ServerMode mode, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        ChangeAsync(ByLease(StoreSql.MarkSubmitting, lease).With("@mode", StoreNames.Of(mode)).With("@lease", sql.Dialect.LeaseParameter(leaseDuration)), cancellationToken);

    public async Task<bool> MarkSubmittedAsync(ItemLease lease, string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var affected = await sql.ExecuteAtomicAsync(
            [
                ByLease(StoreSql.MarkSubmitted, lease).With("@job", jobId),
                ByLease(StoreSql.InsertSubmittedJob, lease).With("@job", jobId),
            ],
            cancellationToken).ConfigureAwait(false);
        return affected[0] == 1;
    }

    public Task<bool> MarkDownloadingAsync(ItemLease lease, CancellationToken cancellationToken = default) =>
        ChangeAsync(ByLease(StoreSql.MarkDownloading, lease), cancellationToken);

    public async Task<bool> CompleteAsync(ItemLease lease, string jobId, IReadOnlyList<string> files, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var affected = await sql.ExecuteAtomicAsync(
            [
                ByLease(StoreSql.Complete, lease).With("@job", jobId).With("@files", FileList.Encode(files)),
                ByLease(StoreSql.UpsertCompletedJob, lease).With("@output", outputDirectory),
            ],
            cancellationToken).ConfigureAwait(false);
        return affected[0] == 1;
    }

    public async Task<bool> FailAsync(ItemLease lease, FailureKind failure, string reason, CancellationToken cancellationToken = default)
    {
        var affected = await sql.ExecuteAtomicAsync(
            [
                ByLease(StoreSql.Fail, lease).With("@failure", StoreNames.Of(failure)).With("@error", reason),
                ByLease(StoreSql.FailJob, lease).With("@job_state", JobStates.Of(failure)).With("@error", reason),
            ],
            cancellationToken).ConfigureAwait(false);
        return affected[0] == 1;
    }

    public Task<bool> ReleaseAsync(ItemLease lease, CancellationToken cancellationToken = default) =>
        ChangeAsync(ByLease(StoreSql.Release, lease), cancellationToken);

    public Task<bool> DetachAsync(ItemLease lease, CancellationToken cancellationToken = default) =>
        ChangeAsync(ByLease(StoreSql.Detach, lease), cancellationToken);

    public async Task<int> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        var renew = sql.Statement(StoreSql.Renew).With("@owner", owner).With("@lease", sql.Dialect.LeaseParameter(leaseDuration));
        var affected = await sql.ExecuteAtomicAsync([renew], cancellationToken).ConfigureAwait(false);
        return affected[0];
    }

    public async Task<IReadOnlyList<ItemRecord>> SweepAbandonedSubmissionsAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var sweep = sql.Statement(StoreSql.SweepSubmitting).With("@batch", batchId).With("@error", AbandonedSubmission);
        return await sql.QueryAtomicAsync([], sweep, _rows.Item, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RequeueFailedAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var affected = await sql.ExecuteAtomicAsync([sql.Statement(StoreSql.Requeue).With("@batch", batchId)], cancellationToken).ConfigureAwait(false);
        return affected[0];
    }

    public async Task<IReadOnlyList<ItemRecord>> ListItemsAsync(string batchId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(sql.Statement(StoreSql.ListItems).With("@batch", batchId), _rows.Item, cancellationToken).ConfigureAwait(false);

    public async Task SaveJobAsync(JobRecord job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var upsert = sql.Statement(StoreSql.UpsertJob)
            .With("@job", job.JobId)
            .With("@server", job.Server)
            .With("@mode", StoreNames.Of(job.Mode))
            .With("@state", job.State)
            .With("@batch", job.BatchId)
            .With("@key", job.ItemKey)
            .With("@request", job.RequestJson)
            .With("@output", job.OutputDirectory)
            .With("@files", FileList.Encode(job.Files))
            .With("@error", job.Error)
            .With("@result", job.ResultPath)
            .With("@submitted", sql.Dialect.TimeParameter(job.SubmittedAt))
            .With("@updated", sql.Dialect.TimeParameter(job.UpdatedAt == default ? job.SubmittedAt : job.UpdatedAt));
        await sql.ExecuteAtomicAsync([upsert], cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobRecord>> FindJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(sql.Statement(StoreSql.FindJob).With("@job", jobId), _rows.Job, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<JobRecord>> ListJobsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var list = sql.Statement(StoreSql.ListJobs).With("@limit", limit == 0 ? int.MaxValue : limit);
        return await sql.QueryAsync(list, _rows.Job, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => resources?.DisposeAsync() ?? ValueTask.CompletedTask;

    private SqlStatement InsertItems(string batchId, BatchItem[] items)
    {
        var values = string.Join(", ", items.Select((_, i) => $"(@batch, @key{i}, @ordinal{i}, @line{i}, @request{i}, 'pending', {{now}}, {{now}})"));
        var statement = sql.Statement(StoreSql.InsertItemPrefix + values + StoreSql.InsertItemSuffix).With("@batch", batchId);
        for (var i = 0; i < items.Length; i++)
        {
            statement.With($"@key{i}", items[i].Key).With($"@ordinal{i}", items[i].Ordinal).With($"@line{i}", items[i].LineNumber).With($"@request{i}", items[i].RequestJson);
        }

        return statement;
    }

    private SqlStatement ByLease(string template, ItemLease lease) =>
        sql.Statement(template).With("@batch", lease.BatchId).With("@key", lease.Key).With("@token", lease.Token);

    private async Task<bool> ChangeAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        var affected = await sql.ExecuteAtomicAsync([statement], cancellationToken).ConfigureAwait(false);
        return affected[0] == 1;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
