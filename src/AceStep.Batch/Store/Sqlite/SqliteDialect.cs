using System.Data.Common;

namespace AceStep.Batch.Store;

/// <summary>
/// SQLite: times are Unix milliseconds from the injected clock (the file is shared only by processes of one
/// machine, which share that clock); a write transaction locks the whole file, so no row lock is needed.
/// </summary>
internal sealed class SqliteDialect(TimeProvider clock) : SqlDialect
{
    public override string Now => "@now";

    public override string LeaseEnd => "(@now + @lease)";

    public override string SkipLocked => string.Empty;

    public override string TimeType => "integer";

    public override void AddClock(SqlStatement statement) => statement.With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());

    public override object LeaseParameter(TimeSpan lease) => (long)lease.TotalMilliseconds;

    public override object TimeParameter(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public override SqlStatement? LockServer(string server) => null;
}
