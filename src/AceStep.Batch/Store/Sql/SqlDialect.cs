using System.Data.Common;

namespace AceStep.Batch.Store;

/// <summary>
/// What differs between the engines in otherwise shared SQL: how "now" and a lease's end are written (the
/// database's clock on PostgreSQL; the runner's injected clock on SQLite, whose file lives on one machine), the
/// row lock that PostgreSQL takes and SQLite does not need (a write transaction locks the whole file), and how
/// times are stored.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The SQL for "now".</summary>
    public abstract string Now { get; }

    /// <summary>The SQL for "now plus the lease" (parameter <c>@lease</c>).</summary>
    public abstract string LeaseEnd { get; }

    /// <summary>Appended to a row-picking SELECT: take the row and skip rows other runners hold.</summary>
    public abstract string SkipLocked { get; }

    /// <summary>The column type of a point in time.</summary>
    public abstract string TimeType { get; }

    /// <summary>Adds what <see cref="Now"/> needs to a statement (the clock's reading on SQLite).</summary>
    public abstract void AddClock(SqlStatement statement);

    public abstract object LeaseParameter(TimeSpan lease);

    public abstract object TimeParameter(DateTimeOffset time);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>
    /// A statement that serialises claims for one server until the transaction ends, so that two runners cannot
    /// both see room on it; null where the transaction itself already excludes every other writer.
    /// </summary>
    public abstract SqlStatement? LockServer(string server);

    public string Render(string template) => template
        .Replace("{now}", Now, StringComparison.Ordinal)
        .Replace("{lease}", LeaseEnd, StringComparison.Ordinal)
        .Replace("{skip_locked}", SkipLocked, StringComparison.Ordinal)
        .Replace("{time}", TimeType, StringComparison.Ordinal);
}
