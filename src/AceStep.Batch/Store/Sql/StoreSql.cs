namespace AceStep.Batch.Store;

/// <summary>
/// The queue's SQL, shared by both engines. <c>{now}</c>, <c>{lease}</c>, <c>{skip_locked}</c> and
/// <c>{time}</c> are filled in by the <see cref="SqlDialect"/>. Every change of an item names its lease token.
/// </summary>
internal static class StoreSql
{
    public const string ItemColumns =
        "batch_id, item_key, ordinal, line_number, request, state, server, mode, job_id, owner, lease_until, attempts, downloads, files, failure, error, created_at, updated_at, submitted_at, finished_at";

    public const string JobColumns = "job_id, server, mode, state, batch_id, item_key, request, output_dir, files, error, submitted_at, updated_at, result_path";

    private const string ByLease = "batch_id = @batch AND item_key = @key AND lease_token = @token";

    private const string ClearLease = "owner = NULL, lease_token = NULL, lease_until = NULL";

    public const string InsertBatch =
        "INSERT INTO acestep_batches (batch_id, created_at) VALUES (@batch, {now}) ON CONFLICT (batch_id) DO NOTHING";

    public const string InsertServer =
        "INSERT INTO acestep_servers (server, first_seen) VALUES (@server, {now}) ON CONFLICT (server) DO NOTHING";

    public const string CountItems = "SELECT count(*) FROM acestep_items WHERE batch_id = @batch";

    public const string InsertItemPrefix =
        "INSERT INTO acestep_items (batch_id, item_key, ordinal, line_number, request, state, created_at, updated_at) VALUES ";

    public const string InsertItemSuffix = " ON CONFLICT (batch_id, item_key) DO NOTHING";

    /// <summary>
    /// An item in flight on this server whose runner stopped renewing its lease comes first (to re-attach, never
    /// to resubmit); else the first pending item, or a claim that expired before it was submitted, while the
    /// server holds fewer jobs than its capacity (counted over every batch and runner).
    /// </summary>
    public const string Claim = $$"""
        WITH orphan AS (
          SELECT batch_id, item_key FROM acestep_items
          WHERE batch_id = @batch AND server = @server AND state IN ('submitted', 'downloading') AND lease_until <= {now}
          ORDER BY ordinal, item_key LIMIT 1 {skip_locked}),
        fresh AS (
          SELECT batch_id, item_key FROM acestep_items
          WHERE batch_id = @batch AND (state = 'pending' OR (state = 'claimed' AND lease_until <= {now}))
            AND NOT EXISTS (SELECT 1 FROM orphan)
            AND (SELECT count(*) FROM acestep_items busy WHERE busy.server = @server
                 AND (busy.state IN ('submitting', 'submitted') OR (busy.state = 'claimed' AND busy.lease_until > {now}))) < @capacity
          ORDER BY ordinal, item_key LIMIT 1 {skip_locked}),
        pick AS (SELECT batch_id AS pick_batch, item_key AS pick_key FROM orphan
                 UNION ALL SELECT batch_id, item_key FROM fresh)
        UPDATE acestep_items SET
          state = CASE WHEN state IN ('submitted', 'downloading') THEN state ELSE 'claimed' END,
          server = @server, owner = @owner, lease_token = @token, lease_until = {lease}, updated_at = {now}
        FROM pick WHERE batch_id = pick_batch AND item_key = pick_key
        RETURNING {{ItemColumns}}
        """;

    public const string MarkSubmitting =
        $"UPDATE acestep_items SET state = 'submitting', mode = @mode, attempts = attempts + 1, lease_until = {{lease}}, updated_at = {{now}} WHERE {ByLease} AND state = 'claimed'";

    public const string MarkSubmitted =
        $"UPDATE acestep_items SET state = 'submitted', job_id = @job, submitted_at = {{now}}, updated_at = {{now}} WHERE {ByLease} AND state = 'submitting'";

    /// <summary>Written whatever happened to the lease: the server accepted the job, so its id is kept.</summary>
    public const string InsertSubmittedJob = """
        INSERT INTO acestep_jobs (job_id, server, mode, state, batch_id, item_key, request, submitted_at, updated_at)
        SELECT @job, server, mode, 'submitted', batch_id, item_key, request, {now}, {now}
        FROM acestep_items WHERE batch_id = @batch AND item_key = @key
        ON CONFLICT (server, job_id) DO NOTHING
        """;

    public const string MarkDownloading =
        $"UPDATE acestep_items SET state = 'downloading', downloads = downloads + 1, updated_at = {{now}} WHERE {ByLease} AND state IN ('submitted', 'downloading')";

    public const string Complete =
        $"UPDATE acestep_items SET state = 'done', job_id = @job, files = @files, error = NULL, failure = NULL, finished_at = {{now}}, updated_at = {{now}}, {ClearLease} WHERE {ByLease} AND state IN ('submitting', 'downloading')";

    public const string UpsertCompletedJob = """
        INSERT INTO acestep_jobs (job_id, server, mode, state, batch_id, item_key, request, output_dir, files, submitted_at, updated_at)
        SELECT job_id, server, mode, 'succeeded', batch_id, item_key, request, @output, files, COALESCE(submitted_at, {now}), {now}
        FROM acestep_items WHERE batch_id = @batch AND item_key = @key AND state = 'done'
        ON CONFLICT (server, job_id) DO UPDATE SET state = 'succeeded', output_dir = excluded.output_dir, files = excluded.files, error = NULL, updated_at = excluded.updated_at
        """;

    public const string Fail =
        $"UPDATE acestep_items SET state = 'failed', failure = @failure, error = @error, finished_at = {{now}}, updated_at = {{now}}, {ClearLease} WHERE {ByLease} AND state NOT IN ('done', 'failed')";

    public const string FailJob = """
        UPDATE acestep_jobs SET state = @job_state, error = @error, updated_at = {now}
        WHERE (server, job_id) IN (SELECT server, job_id FROM acestep_items WHERE batch_id = @batch AND item_key = @key AND state = 'failed' AND job_id IS NOT NULL)
        """;

    public const string Release =
        $"UPDATE acestep_items SET state = 'pending', server = NULL, mode = NULL, updated_at = {{now}}, {ClearLease} WHERE {ByLease} AND state IN ('claimed', 'submitting')";

    public const string Detach =
        $"UPDATE acestep_items SET owner = NULL, lease_token = NULL, lease_until = {{now}}, updated_at = {{now}} WHERE {ByLease} AND state IN ('submitted', 'downloading')";

    public const string Renew =
        "UPDATE acestep_items SET lease_until = {lease} WHERE owner = @owner AND state IN ('claimed', 'submitting', 'submitted', 'downloading')";

    public const string SweepSubmitting = $$"""
        UPDATE acestep_items SET state = 'failed', failure = 'uncertain', error = @error, finished_at = {now}, updated_at = {now}, {{ClearLease}}
        WHERE batch_id = @batch AND state = 'submitting' AND lease_until <= {now}
        RETURNING {{ItemColumns}}
        """;

    public const string Requeue = """
        UPDATE acestep_items SET
          state = CASE WHEN job_id IS NOT NULL AND failure IN ('timed_out', 'download') THEN 'submitted' ELSE 'pending' END,
          server = CASE WHEN job_id IS NOT NULL AND failure IN ('timed_out', 'download') THEN server ELSE NULL END,
          job_id = CASE WHEN failure IN ('timed_out', 'download') THEN job_id ELSE NULL END,
          lease_until = {now}, failure = NULL, error = NULL, downloads = 0, finished_at = NULL, updated_at = {now}
        WHERE batch_id = @batch AND state = 'failed'
        """;

    public const string ListItems = $"SELECT {ItemColumns} FROM acestep_items WHERE batch_id = @batch ORDER BY ordinal, item_key";

    public const string UpsertJob = $"""
        INSERT INTO acestep_jobs ({JobColumns})
        VALUES (@job, @server, @mode, @state, @batch, @key, @request, @output, @files, @error, @submitted, @updated, @result)
        ON CONFLICT (server, job_id) DO UPDATE SET mode = excluded.mode, state = excluded.state, batch_id = excluded.batch_id,
          item_key = excluded.item_key, request = excluded.request, output_dir = excluded.output_dir, files = excluded.files,
          error = excluded.error, submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, result_path = excluded.result_path
        """;

    public const string FindJob = $"SELECT {JobColumns} FROM acestep_jobs WHERE job_id = @job ORDER BY submitted_at DESC";

    public const string ListJobs = $"SELECT {JobColumns} FROM acestep_jobs ORDER BY submitted_at DESC, job_id LIMIT @limit";
}
