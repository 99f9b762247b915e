using AceStep.Batch.Tests.Support;

namespace AceStep.Cli.Tests.Batch;

/// <summary><c>acestep batch</c> on a real PostgreSQL queue: two runs at once, as two client hosts of a farm would.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchPostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Two_runs_on_one_postgres_queue_share_the_plan_and_make_each_song_once()
    {
        await using var world = await BatchWorld.StartAsync(3, TimeSpan.FromMilliseconds(300));
        world.WritePlan("farm.jsonl", 12);
        var queue = await postgres.CreateDatabaseAsync();
        var first = world.Servers[0].BaseAddress.ToString();
        var second = world.Servers[1].BaseAddress.ToString();
        var third = world.Servers[2].BaseAddress.ToString();

        var results = await Task.WhenAll(
            world.Sandbox.RunAsync("batch", "farm.jsonl", "--queue", queue, "--server", first, "--server", second),
            world.Sandbox.RunAsync("batch", "farm.jsonl", "--queue", queue, "--server", third, "--server", second));

        Assert.All(results, result => Assert.True(result.ExitCode == 0, result.ToString()));
        Assert.Contains("queue PostgreSQL Host=127.0.0.1", results[0].StandardError);
        await world.VerifyAsync("farm", 12);
        Assert.Equal(12, await world.TotalJobsAsync());
        Assert.False(File.Exists(world.QueueFile));
    }

    [Fact]
    public async Task A_queue_address_with_a_password_is_refused_before_anything_is_sent()
    {
        await using var world = await BatchWorld.StartAsync(1, TimeSpan.FromMilliseconds(100));
        world.WritePlan("secret.jsonl", 1);

        var result = await world.Sandbox.RunAsync(["batch", "secret.jsonl", "--queue", "postgres://acestep:hunter2-pw@127.0.0.1/acestep", .. world.ServerFlags()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PGPASSWORD", result.StandardError);
        Assert.DoesNotContain("hunter2-pw", result.StandardError);
        Assert.Equal(0, await world.TotalJobsAsync());
    }
}
