namespace AceStep.Batch.Tests.Support;

/// <summary>The tests that share one PostgreSQL cluster (each with its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
