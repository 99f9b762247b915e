using AceStep.Batch.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AceStep.Batch;

/// <summary>Opens the queue on one of its engines, creating or upgrading its schema first.</summary>
public static class BatchStores
{
    /// <summary>An arbitrary constant that names the queue's migration lock among PostgreSQL's advisory locks.</summary>
    private const long MigrationLockId = 0x4163_6553_7465_7001;

    /// <summary>
    /// The queue in a SQLite file (created when missing, with its folder): WAL mode so readers never block the
    /// writer, a 30 s busy timeout, and every change in a <c>BEGIN IMMEDIATE</c> transaction, which makes it safe
    /// for several processes of one machine. Lease times come from <paramref name="clock"/>.
    /// </summary>
    public static async Task<IBatchStore> OpenSqliteAsync(string path, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        async ValueTask<System.Data.Common.DbConnection> OpenAsync(CancellationToken ct)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            // busy_timeout makes SQLite itself wait for another process's write lock instead of failing at once;
            // synchronous=FULL makes a committed job id survive a power cut, not just a crash.
            pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }

        var sql = new SqlExecutor(new SqliteDialect(clock ?? TimeProvider.System), OpenAsync);
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await MigrationRunner.ApplyAsync(sql, migrationLock: null, cancellationToken).ConfigureAwait(false);
        return new SqlBatchStore("sqlite", sql, resources: null);
    }

    /// <summary>
    /// The queue in a PostgreSQL database, for a farm: any number of client hosts drain the same batches.
    /// Accepts a keyword connection string (<c>Host=…;Database=…;Username=…</c>) or a <c>postgres://</c> URI.
    /// </summary>
    public static async Task<IBatchStore> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var dataSource = new NpgsqlSlimDataSourceBuilder(PostgresConnectionString.Normalize(connectionString)).Build();
        try
        {
            var sql = new SqlExecutor(new PostgresDialect(), async ct => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false));
            var migrationLock = new SqlStatement("SELECT pg_advisory_xact_lock(@lock)").With("@lock", MigrationLockId);
            await MigrationRunner.ApplyAsync(sql, migrationLock, cancellationToken).ConfigureAwait(false);
            return new SqlBatchStore("postgres", sql, dataSource);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
