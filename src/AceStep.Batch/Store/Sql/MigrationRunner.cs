namespace AceStep.Batch.Store;

/// <summary>
/// Brings the schema to <see cref="Migrations.Latest"/>: in one write transaction, after the engine's lock
/// (PostgreSQL's advisory lock; SQLite's <c>BEGIN IMMEDIATE</c> already excludes other writers), so processes
/// starting together apply each step exactly once. Running it again changes nothing.
/// </summary>
internal static class MigrationRunner
{
    public static async Task ApplyAsync(SqlExecutor sql, SqlStatement? migrationLock, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await sql.BeginAsync(connection, cancellationToken).ConfigureAwait(false);
        if (migrationLock is not null)
        {
            await using var lockCommand = sql.CreateCommand(connection, transaction, migrationLock);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = sql.CreateCommand(connection, transaction, sql.Statement(Migrations.CreateVersionTable)))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        await using (var read = sql.CreateCommand(connection, transaction, sql.Statement(Migrations.ReadVersion)))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > Migrations.Latest)
        {
            throw new InvalidOperationException(
                $"The queue's schema is version {current}, newer than this program knows ({Migrations.Latest}); update the program before using this queue.");
        }

        foreach (var migration in Migrations.All.Where(migration => migration.Version > current))
        {
            foreach (var step in migration.Statements)
            {
                await using var command = sql.CreateCommand(connection, transaction, sql.Statement(step));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var record = sql.Statement(Migrations.RecordVersion).With("@version", migration.Version).With("@description", migration.Description);
            await using var recordCommand = sql.CreateCommand(connection, transaction, record);
            await recordCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await sql.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
    }
}
