using System.Data.Common;

namespace AceStep.Batch.Store;

/// <summary>Rows of <see cref="StoreSql.ItemColumns"/> and <see cref="StoreSql.JobColumns"/> into records.</summary>
internal sealed class RowReader(SqlDialect dialect)
{
    public ItemRecord Item(DbDataReader row) => new()
    {
        BatchId = row.GetString(0),
        Key = row.GetString(1),
        Ordinal = row.GetInt32(2),
        LineNumber = row.IsDBNull(3) ? null : row.GetInt32(3),
        RequestJson = row.GetString(4),
        State = StoreNames.ParseState(row.GetString(5)),
        Server = Text(row, 6),
        Mode = Text(row, 7) is { } mode ? StoreNames.ParseMode(mode) : null,
        JobId = Text(row, 8),
        Owner = Text(row, 9),
        LeaseUntil = Time(row, 10),
        Attempts = row.GetInt32(11),
        Downloads = row.GetInt32(12),
        Files = FileList.Decode(Text(row, 13)),
        Failure = Text(row, 14) is { } failure ? StoreNames.ParseFailure(failure) : null,
        Error = Text(row, 15),
        CreatedAt = dialect.ReadTime(row, 16),
        UpdatedAt = dialect.ReadTime(row, 17),
        SubmittedAt = Time(row, 18),
        FinishedAt = Time(row, 19),
    };

    public JobRecord Job(DbDataReader row) => new()
    {
        JobId = row.GetString(0),
        Server = row.GetString(1),
        Mode = StoreNames.ParseMode(row.GetString(2)),
        State = row.GetString(3),
        BatchId = Text(row, 4),
        ItemKey = Text(row, 5),
        RequestJson = Text(row, 6),
        OutputDirectory = Text(row, 7),
        Files = FileList.Decode(Text(row, 8)),
        Error = Text(row, 9),
        SubmittedAt = dialect.ReadTime(row, 10),
        UpdatedAt = dialect.ReadTime(row, 11),
        ResultPath = Text(row, 12),
    };

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private DateTimeOffset? Time(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : dialect.ReadTime(row, ordinal);
}
