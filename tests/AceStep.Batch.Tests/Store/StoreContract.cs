using AceStep.Batch.Tests.Support;

namespace AceStep.Batch.Tests.Store;

/// <summary>What every engine of the queue must do; run against SQLite and against a real PostgreSQL.</summary>
public abstract class StoreContract
{
    private const string ServerA = "http://127.0.0.1:9001/";
    private const string ServerB = "http://127.0.0.1:9002/";
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    protected abstract Task<IBatchStore> OpenAsync();

    [Fact]
    public async Task Registering_the_same_plan_again_adds_nothing_and_keeps_states()
    {
        await using var store = await OpenAsync();
        var plan = Plans.Songs("again", 5);
        Assert.Equal(new PlanRegistration(5, 0), await store.RegisterPlanAsync(plan));
        await store.RegisterServersAsync([ServerA]);
        var claimed = await store.ClaimAsync(new ClaimRequest("again", "r1", ServerA, 2, Long));

        Assert.Equal(new PlanRegistration(0, 5), await store.RegisterPlanAsync(plan));
        var items = await store.ListItemsAsync("again");
        Assert.Equal(plan.Items.Select(i => i.Key), items.Select(i => i.Key));
        Assert.Equal(ItemState.Claimed, items.Single(i => i.Key == claimed!.Item.Key).State);
    }

    [Fact]
    public async Task A_server_gets_no_more_jobs_than_its_capacity_and_more_once_one_finishes()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("capacity", 5));
        await store.RegisterServersAsync([ServerA, ServerB]);
        var first = await store.ClaimAsync(new ClaimRequest("capacity", "r1", ServerA, 2, Long));
        var second = await store.ClaimAsync(new ClaimRequest("capacity", "r2", ServerA, 2, Long));

        Assert.Null(await store.ClaimAsync(new ClaimRequest("capacity", "r1", ServerA, 2, Long)));
        Assert.NotNull(await store.ClaimAsync(new ClaimRequest("capacity", "r1", ServerB, 2, Long)));
        Assert.Equal([1, 2], new[] { first!.Item.Ordinal, second!.Item.Ordinal });

        await CompleteAsync(store, first.Lease, "job-1");
        var third = await store.ClaimAsync(new ClaimRequest("capacity", "r1", ServerA, 2, Long));
        Assert.Equal(4, third!.Item.Ordinal);
    }

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_item()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("race", 60));
        var servers = Enumerable.Range(0, 6).Select(i => $"http://127.0.0.1:{9100 + i}/").ToList();
        await store.RegisterServersAsync(servers);

        var claims = await Task.WhenAll(servers.SelectMany(server => Enumerable.Range(0, 2).Select(async runner =>
        {
            var mine = new List<string>();
            while (await store.ClaimAsync(new ClaimRequest("race", $"r{runner}", server, 100, Long)) is { } claim)
            {
                mine.Add(claim.Item.Key);
            }

            return mine;
        })));

        var all = claims.SelectMany(keys => keys).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Fact]
    public async Task An_expired_claim_goes_to_another_runner_and_the_first_can_no_longer_move_it()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("expired", 1));
        await store.RegisterServersAsync([ServerA, ServerB]);
        var stale = await store.ClaimAsync(new ClaimRequest("expired", "r1", ServerA, 2, TimeSpan.Zero));

        var taken = await store.ClaimAsync(new ClaimRequest("expired", "r2", ServerB, 2, Long));

        Assert.Equal(stale!.Item.Key, taken!.Item.Key);
        Assert.Equal(ServerB, taken.Item.Server);
        Assert.False(await store.MarkSubmittingAsync(stale.Lease, ServerMode.Native, Long));
        Assert.True(await store.MarkSubmittingAsync(taken.Lease, ServerMode.Native, Long));
    }

    [Fact]
    public async Task A_submitted_item_whose_runner_died_is_re_attached_on_its_server_only()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("orphan", 2));
        await store.RegisterServersAsync([ServerA, ServerB]);
        var claim = await store.ClaimAsync(new ClaimRequest("orphan", "dead", ServerA, 2, Long));
        Assert.True(await store.MarkSubmittingAsync(claim!.Lease, ServerMode.Native, Long));
        Assert.True(await store.MarkSubmittedAsync(claim.Lease, "job-orphan"));
        Assert.Equal(1, await store.RenewLeasesAsync("dead", TimeSpan.Zero));

        var onB = await store.ClaimAsync(new ClaimRequest("orphan", "alive", ServerB, 2, Long));
        var onA = await store.ClaimAsync(new ClaimRequest("orphan", "alive", ServerA, 2, Long));

        Assert.Equal(ItemState.Claimed, onB!.Item.State);
        Assert.NotEqual(claim.Item.Key, onB.Item.Key);
        Assert.Equal(ItemState.Submitted, onA!.Item.State);
        Assert.Equal("job-orphan", onA.Item.JobId);
        Assert.Equal(1, onA.Item.Attempts);
        Assert.False(await store.MarkDownloadingAsync(claim.Lease));
    }

    [Fact]
    public async Task A_job_id_is_kept_in_the_ledger_even_when_the_lease_was_lost_meanwhile()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("kept", 1));
        await store.RegisterServersAsync([ServerA]);
        var claim = await store.ClaimAsync(new ClaimRequest("kept", "slow", ServerA, 2, Long));
        Assert.True(await store.MarkSubmittingAsync(claim!.Lease, ServerMode.Native, TimeSpan.Zero));
        Assert.Single(await store.SweepAbandonedSubmissionsAsync("kept"));

        Assert.False(await store.MarkSubmittedAsync(claim.Lease, "late-job"));

        var job = Assert.Single(await store.FindJobAsync("late-job"));
        Assert.Equal(ServerA, job.Server);
        Assert.Equal(claim.Item.Key, job.ItemKey);
    }

    [Fact]
    public async Task An_abandoned_submission_is_failed_as_uncertain_and_never_handed_out_again()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("uncertain", 1));
        await store.RegisterServersAsync([ServerA]);
        var claim = await store.ClaimAsync(new ClaimRequest("uncertain", "r1", ServerA, 2, Long));
        Assert.True(await store.MarkSubmittingAsync(claim!.Lease, ServerMode.Native, TimeSpan.Zero));

        var swept = Assert.Single(await store.SweepAbandonedSubmissionsAsync("uncertain"));

        Assert.Equal(FailureKind.Uncertain, swept.Failure);
        Assert.Contains("may have reached the server", swept.Error, StringComparison.Ordinal);
        Assert.Null(await store.ClaimAsync(new ClaimRequest("uncertain", "r2", ServerA, 2, Long)));
    }

    [Fact]
    public async Task Requeue_re_attaches_timed_out_jobs_and_resubmits_lost_ones()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("requeue", 2));
        await store.RegisterServersAsync([ServerA]);
        var timedOut = await SubmitAsync(store, "requeue", "job-slow");
        Assert.True(await store.FailAsync(timedOut.Lease, FailureKind.TimedOut, "waited 30 min"));
        var lost = await SubmitAsync(store, "requeue", "job-lost");
        Assert.True(await store.FailAsync(lost.Lease, FailureKind.Lost, "server restarted"));
        Assert.Equal(JobStates.Lost, Assert.Single(await store.FindJobAsync("job-lost")).State);

        Assert.Equal(2, await store.RequeueFailedAsync("requeue"));

        var items = (await store.ListItemsAsync("requeue")).ToDictionary(i => i.Key);
        Assert.Equal(ItemState.Submitted, items[timedOut.Item.Key].State);
        Assert.Equal("job-slow", items[timedOut.Item.Key].JobId);
        Assert.Equal(ItemState.Pending, items[lost.Item.Key].State);
        Assert.Null(items[lost.Item.Key].JobId);
    }

    [Fact]
    public async Task A_finished_item_records_its_files_and_the_ledger_says_succeeded()
    {
        await using var store = await OpenAsync();
        await store.RegisterPlanAsync(Plans.Songs("finished", 1));
        await store.RegisterServersAsync([ServerA]);
        var claim = await SubmitAsync(store, "finished", "job-ok");
        Assert.True(await store.MarkDownloadingAsync(claim.Lease));

        Assert.True(await store.CompleteAsync(claim.Lease, "job-ok", ["0001-a_1.mp3"], "/out"));

        var item = Assert.Single(await store.ListItemsAsync("finished"));
        Assert.Equal((ItemState.Done, "job-ok", 1), (item.State, item.JobId, item.Downloads));
        Assert.Equal(["0001-a_1.mp3"], item.Files);
        var job = Assert.Single(await store.FindJobAsync("job-ok"));
        Assert.Equal((JobStates.Succeeded, "/out"), (job.State, job.OutputDirectory));
        Assert.Null(item.Owner);
    }

    [Fact]
    public async Task The_ledger_keeps_single_jobs_newest_first()
    {
        await using var store = await OpenAsync();
        var start = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            await store.SaveJobAsync(new JobRecord { JobId = $"single-{i}", Server = ServerA, Mode = ServerMode.Native, State = JobStates.Submitted, SubmittedAt = start.AddMinutes(i) });
        }

        await store.SaveJobAsync(new JobRecord { JobId = "single-0", Server = ServerA, Mode = ServerMode.Native, State = JobStates.Succeeded, SubmittedAt = start, Files = ["a.mp3"], ResultPath = "/out/single-0.json" });

        Assert.Equal(["single-2", "single-1"], (await store.ListJobsAsync(2)).Select(j => j.JobId));
        var updated = Assert.Single(await store.FindJobAsync("single-0"));
        Assert.Equal((JobStates.Succeeded, start), (updated.State, updated.SubmittedAt));
        Assert.Equal(["a.mp3"], updated.Files);
        Assert.Equal("/out/single-0.json", updated.ResultPath);
        Assert.Equal(3, (await store.ListJobsAsync(0)).Count);
    }

    private static async Task<ClaimedItem> SubmitAsync(IBatchStore store, string batch, string jobId)
    {
        var claim = await store.ClaimAsync(new ClaimRequest(batch, "r1", ServerA, 10, Long));
        Assert.True(await store.MarkSubmittingAsync(claim!.Lease, ServerMode.Native, Long));
        Assert.True(await store.MarkSubmittedAsync(claim.Lease, jobId));
        return claim;
    }

    private static async Task CompleteAsync(IBatchStore store, ItemLease lease, string jobId)
    {
        Assert.True(await store.MarkSubmittingAsync(lease, ServerMode.Native, Long));
        Assert.True(await store.MarkSubmittedAsync(lease, jobId));
        Assert.True(await store.MarkDownloadingAsync(lease));
        Assert.True(await store.CompleteAsync(lease, jobId, ["x.mp3"], "/out"));
    }
}
