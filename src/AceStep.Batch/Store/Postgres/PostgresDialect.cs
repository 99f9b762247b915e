using System.Data.Common;

namespace AceStep.Batch.Store;

/// <summary>
/// PostgreSQL: every time is the database's <c>now()</c>, so client hosts with skewed clocks agree on when a lease
/// ends; rows are taken with <c>FOR UPDATE SKIP LOCKED</c> so runners never wait on each other's items, and a
/// server's row is locked while one runner counts the jobs on it.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public override string Now => "now()";

    public override string LeaseEnd => "(now() + @lease * interval '1 millisecond')";

    public override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    public override string TimeType => "timestamptz";

    public override void AddClock(SqlStatement statement)
    {
    }

    public override object LeaseParameter(TimeSpan lease) => lease.TotalMilliseconds;

    public override object TimeParameter(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override SqlStatement? LockServer(string server) =>
        new SqlStatement("SELECT server FROM acestep_servers WHERE server = @server FOR UPDATE").With("@server", server);
}
