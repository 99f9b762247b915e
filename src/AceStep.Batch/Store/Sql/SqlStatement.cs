namespace AceStep.Batch.Store;

/// <summary>One SQL statement and its named parameters (<c>@name</c>), ready for either engine.</summary>
internal sealed class SqlStatement(string sql)
{
    public string Sql { get; } = sql;

    public List<KeyValuePair<string, object?>> Parameters { get; } = [];

    public SqlStatement With(string name, object? value)
    {
        Parameters.Add(KeyValuePair.Create(name, value));
        return this;
    }
}
