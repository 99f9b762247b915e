namespace AceStep.Batch.Tests.Running;

public sealed class SqliteRunnerTests : RunnerScenarios
{
    private string QueueFile => Path.Combine(Path.GetDirectoryName(Output)!, "queue.db");

    protected override Task<IBatchStore> OpenStoreAsync() => BatchStores.OpenSqliteAsync(QueueFile);

    protected override Task<IBatchStore> OpenSharedAsync(IBatchStore first) => BatchStores.OpenSqliteAsync(QueueFile);
}
