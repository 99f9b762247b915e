using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Store;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Opening_the_file_from_several_processes_at_once_migrates_it_once()
    {
        var path = _folder.Combine("queue.db");
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => BatchStores.OpenSqliteAsync(path)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await using var again = await BatchStores.OpenSqliteAsync(path);
        await again.RegisterPlanAsync(Plans.Songs("after", 1));
        Assert.Equal(1, await SchemaVersions.CountAsync(path));
    }

    public void Dispose() => _folder.Dispose();

    protected override Task<IBatchStore> OpenAsync() => BatchStores.OpenSqliteAsync(_folder.Combine($"{Guid.NewGuid():N}.db"));
}
