namespace AceStep.Batch.Tests.Running;

public sealed class SqliteKilledRunnerTests : KilledRunnerScenarios
{
    private string QueueFile => Path.Combine(Folder, "queue.db");

    protected override IEnumerable<string> QueueArguments() => ["--sqlite", QueueFile];

    protected override IReadOnlyDictionary<string, string> QueueEnvironment() => new Dictionary<string, string>();

    protected override Task<IBatchStore> OpenStoreAsync() => BatchStores.OpenSqliteAsync(QueueFile);
}
