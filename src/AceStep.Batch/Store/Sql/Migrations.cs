namespace AceStep.Batch.Store;

/// <summary>
/// The schema, as versioned steps. A step is never edited once released: a change is a new step. The same
/// tables on both engines; <c>{time}</c> is <c>timestamptz</c> on PostgreSQL and Unix milliseconds on SQLite.
/// </summary>
internal static class Migrations
{
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS acestep_schema_version (
          version integer PRIMARY KEY,
          description text NOT NULL,
          applied_at {time} NOT NULL)
        """;

    public const string ReadVersion = "SELECT COALESCE(MAX(version), 0) FROM acestep_schema_version";

    public const string RecordVersion = "INSERT INTO acestep_schema_version (version, description, applied_at) VALUES (@version, @description, {now})";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "batches, items, servers and the job ledger",
        [
            """
            CREATE TABLE acestep_batches (
              batch_id text PRIMARY KEY,
              created_at {time} NOT NULL)
            """,
            """
            CREATE TABLE acestep_items (
              batch_id text NOT NULL REFERENCES acestep_batches (batch_id),
              item_key text NOT NULL,
              ordinal integer NOT NULL,
              line_number integer,
              request text NOT NULL,
              state text NOT NULL CHECK (state IN ('pending', 'claimed', 'submitting', 'submitted', 'downloading', 'done', 'failed')),
              server text,
              mode text,
              job_id text,
              owner text,
              lease_token text,
              lease_until {time},
              attempts integer NOT NULL DEFAULT 0,
              downloads integer NOT NULL DEFAULT 0,
              files text,
              failure text,
              error text,
              created_at {time} NOT NULL,
              updated_at {time} NOT NULL,
              submitted_at {time},
              finished_at {time},
              PRIMARY KEY (batch_id, item_key))
            """,
            "CREATE INDEX acestep_items_by_state ON acestep_items (batch_id, state, ordinal)",
            "CREATE INDEX acestep_items_by_server ON acestep_items (server, state)",
            "CREATE INDEX acestep_items_by_owner ON acestep_items (owner)",
            """
            CREATE TABLE acestep_servers (
              server text PRIMARY KEY,
              first_seen {time} NOT NULL)
            """,
            """
            CREATE TABLE acestep_jobs (
              job_id text NOT NULL,
              server text NOT NULL,
              mode text NOT NULL,
              state text NOT NULL,
              batch_id text,
              item_key text,
              request text,
              output_dir text,
              files text,
              error text,
              submitted_at {time} NOT NULL,
              updated_at {time} NOT NULL,
              PRIMARY KEY (server, job_id))
            """,
            "CREATE INDEX acestep_jobs_by_id ON acestep_jobs (job_id)",
            "CREATE INDEX acestep_jobs_by_time ON acestep_jobs (submitted_at)",
        ]),
        new(2, "the saved result file of a ledger job",
        [
            "ALTER TABLE acestep_jobs ADD COLUMN result_path text",
        ]),
    ];

    public static int Latest => All[^1].Version;
}
