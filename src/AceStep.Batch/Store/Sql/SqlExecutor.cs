using System.Collections.Concurrent;
using System.Data.Common;

namespace AceStep.Batch.Store;

/// <summary>
/// Runs statements on either engine and counts round trips. Several statements that must happen together run
/// as one PostgreSQL batch (one round trip, one implicit transaction) or inside one SQLite write transaction
/// (<c>BEGIN IMMEDIATE</c>: the file's write lock is taken first, so the transaction never fails half-way on a lock).
/// </summary>
internal sealed class SqlExecutor(SqlDialect dialect, Func<CancellationToken, ValueTask<DbConnection>> open)
{
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private long _roundTrips;

    public SqlDialect Dialect => dialect;

    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>A statement from a <see cref="StoreSql"/> template, with the clock it needs.</summary>
    public SqlStatement Statement(string template)
    {
        var statement = new SqlStatement(template);
        if (template.Contains("{now}", StringComparison.Ordinal) || template.Contains("{lease}", StringComparison.Ordinal))
        {
            dialect.AddClock(statement);
        }

        return statement;
    }

    public ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);

    /// <summary>Runs the statements atomically; the rows each one changed.</summary>
    public async Task<int[]> ExecuteAtomicAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        if (connection.CanCreateBatch)
        {
            await using var batch = CreateBatch(connection, statements);
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return [.. batch.BatchCommands.Select(command => command.RecordsAffected)];
        }

        await using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        var affected = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            await using var command = CreateCommand(connection, transaction, statements[i]);
            affected[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return affected;
    }

    /// <summary>
    /// Runs <paramref name="before"/> (each returning rows, e.g. a row lock) and then <paramref name="query"/>
    /// atomically, and reads the query's rows.
    /// </summary>
    public async Task<List<T>> QueryAtomicAsync<T>(IReadOnlyList<SqlStatement> before, SqlStatement query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        if (connection.CanCreateBatch)
        {
            await using var batch = CreateBatch(connection, [.. before, query]);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            for (var skipped = 0; skipped < before.Count; skipped++)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return await ReadAllAsync(reader, read, cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var statement in before)
        {
            await using var command = CreateCommand(connection, transaction, statement);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        List<T> rows;
        await using (var command = CreateCommand(connection, transaction, query))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = await ReadAllAsync(reader, read, cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>A read outside any transaction.</summary>
    public async Task<List<T>> QueryAsync<T>(SqlStatement query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, transaction: null, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAllAsync(reader, read, cancellationToken).ConfigureAwait(false);
    }

    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, SqlStatement statement)
    {
        Interlocked.Increment(ref _roundTrips);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Render(statement.Sql);
        Bind(statement, command.Parameters, command.CreateParameter);
        return command;
    }

    /// <summary>A write transaction: <c>BEGIN IMMEDIATE</c> on SQLite (Microsoft.Data.Sqlite's default), <c>BEGIN</c> on PostgreSQL.</summary>
    public async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _roundTrips);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _roundTrips);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbBatch CreateBatch(DbConnection connection, IReadOnlyList<SqlStatement> statements)
    {
        Interlocked.Increment(ref _roundTrips);
        var batch = connection.CreateBatch();
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = Render(statement.Sql);
            Bind(statement, command.Parameters, command.CreateParameter);
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private static void Bind(SqlStatement statement, DbParameterCollection parameters, Func<DbParameter> create)
    {
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }

    private string Render(string template) => _rendered.GetOrAdd(template, dialect.Render);

    private static async Task<List<T>> ReadAllAsync<T>(DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
