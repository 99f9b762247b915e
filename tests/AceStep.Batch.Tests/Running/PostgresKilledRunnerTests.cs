using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Running;

[Collection(PostgresCollection.Name)]
public sealed class PostgresKilledRunnerTests(PostgresFixture postgres) : KilledRunnerScenarios
{
    private readonly Lazy<Task<string>> _database = new(postgres.CreateDatabaseAsync);

    protected override IEnumerable<string> QueueArguments() => ["--postgres", "env"];

    protected override IReadOnlyDictionary<string, string> QueueEnvironment() =>
        new Dictionary<string, string> { ["ACESTEP_BATCH_QUEUE"] = _database.Value.GetAwaiter().GetResult() };

    protected override async Task<IBatchStore> OpenStoreAsync() => await BatchStores.OpenPostgresAsync(await _database.Value);
}
