using AceStep.Batch.Store;
using AceStep.Batch.Tests.Support;
using Npgsql;

namespace AceStep.Batch.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresFixture postgres) : StoreContract
{
    [Fact]
    public async Task Clients_starting_together_apply_each_migration_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => BatchStores.OpenPostgresAsync(database)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*), max(version) FROM acestep_schema_version", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(((long)Migrations.Latest, Migrations.Latest), (reader.GetInt64(0), reader.GetInt32(1)));
    }

    [Fact]
    public async Task A_postgres_uri_is_accepted_as_the_queue_address()
    {
        var database = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync());
        var uri = $"postgres://{database.Username}@{database.Host}:{database.Port}/{database.Database}";

        await using var store = await BatchStores.OpenPostgresAsync(uri);

        Assert.Equal(new PlanRegistration(2, 0), await store.RegisterPlanAsync(Plans.Songs("uri", 2)));
    }

    protected override async Task<IBatchStore> OpenAsync() => await BatchStores.OpenPostgresAsync(await postgres.CreateDatabaseAsync());
}
