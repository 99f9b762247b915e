using AceStep.Batch.Store;
using Microsoft.Extensions.Time.Testing;
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
        Assert.Equal(Migrations.Latest, await SchemaVersions.CountAsync(path));
    }

    [Fact]
    public async Task A_lease_runs_on_the_injected_clock_and_expires_when_it_has_passed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        await using var store = await BatchStores.OpenSqliteAsync(_folder.Combine("clock.db"), clock);
        await store.RegisterPlanAsync(Plans.Songs("clock", 1));
        var claim = new ClaimRequest("clock", "r1", "http://127.0.0.1:9001/", 2, TimeSpan.FromSeconds(30));
        var held = await store.ClaimAsync(claim);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(await store.ClaimAsync(claim with { Owner = "r2" }));
        Assert.Equal(1, await store.RenewLeasesAsync("r1", TimeSpan.FromSeconds(30)));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(await store.ClaimAsync(claim with { Owner = "r2" }));
        clock.Advance(TimeSpan.FromSeconds(2));

        var taken = await store.ClaimAsync(claim with { Owner = "r2" });
        Assert.Equal(held!.Item.Key, taken!.Item.Key);
        Assert.Equal(clock.GetUtcNow().AddSeconds(30), taken.Item.LeaseUntil);
    }

    public void Dispose() => _folder.Dispose();

    protected override Task<IBatchStore> OpenAsync() => BatchStores.OpenSqliteAsync(_folder.Combine($"{Guid.NewGuid():N}.db"));
}
