namespace AceStep.Batch.Tests.Running;

public sealed class ProgressSnapshotTests
{
    [Fact]
    public void The_estimate_follows_the_rate_items_finished_during_this_run()
    {
        var counts = new ItemCounts(Done: 14, Running: 4, Queued: 16, Failed: 1);

        var estimate = ProgressSnapshot.Estimate(counts, finishedAtStart: 5, TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(40), estimate);
    }

    [Fact]
    public void There_is_no_estimate_before_an_item_finished_and_none_left_means_zero()
    {
        Assert.Null(ProgressSnapshot.Estimate(new ItemCounts(3, 2, 5, 0), finishedAtStart: 3, TimeSpan.FromSeconds(9)));
        Assert.Equal(TimeSpan.Zero, ProgressSnapshot.Estimate(new ItemCounts(10, 0, 0, 0), finishedAtStart: 0, TimeSpan.FromSeconds(9)));
    }
}
