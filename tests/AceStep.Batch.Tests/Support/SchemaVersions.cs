using Microsoft.Data.Sqlite;

namespace AceStep.Batch.Tests.Support;

internal static class SchemaVersions
{
    /// <summary>Rows of <c>acestep_schema_version</c> in a SQLite queue file.</summary>
    public static async Task<long> CountAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM acestep_schema_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
