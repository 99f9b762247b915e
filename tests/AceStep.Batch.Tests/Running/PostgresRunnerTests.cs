using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Running;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRunnerTests(PostgresFixture postgres) : RunnerScenarios
{
    private string? _database;

    protected override async Task<IBatchStore> OpenStoreAsync()
    {
        _database ??= await postgres.CreateDatabaseAsync();
        return await BatchStores.OpenPostgresAsync(_database);
    }

    protected override Task<IBatchStore> OpenSharedAsync(IBatchStore first) => OpenStoreAsync();
}
