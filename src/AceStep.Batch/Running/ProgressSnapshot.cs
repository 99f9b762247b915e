using AceStep.Client;

namespace AceStep.Batch;

/// <summary>Counts of one reading of the queue: the whole batch, and each of this runner's servers.</summary>
internal static class ProgressSnapshot
{
    public static ItemCounts Overall(IReadOnlyList<ItemRecord> items) => new(
        items.Count(item => item.State == ItemState.Done),
        items.Count(item => item.State is ItemState.Submitted or ItemState.Downloading),
        items.Count(item => item.State is ItemState.Pending or ItemState.Claimed or ItemState.Submitting),
        items.Count(item => item.State == ItemState.Failed));

    public static ServerProgress ForServer(ServerLane lane, IReadOnlyList<ItemRecord> items)
    {
        var mine = items.Where(item => item.Server == lane.Server.Name).ToList();
        var running = mine.Count(item => item.State == ItemState.Downloading ||
            (item.State == ItemState.Submitted && lane.JobStates.GetValueOrDefault(item.Key) == JobState.Running));
        var inFlight = mine.Count(item => item.State is ItemState.Claimed or ItemState.Submitting or ItemState.Submitted or ItemState.Downloading);
        return new ServerProgress(
            lane.Server.Name,
            new ItemCounts(mine.Count(item => item.State == ItemState.Done), running, inFlight - running, mine.Count(item => item.State == ItemState.Failed)),
            lane.Breaker.IsPaused);
    }

    /// <summary>
    /// Whether this runner should keep going: items to claim, submissions that may be swept, jobs in flight on one
    /// of its servers (it re-attaches them if their runner stops), or items another runner holds under a live lease
    /// (their outcome is part of this run's answer, and if that runner stops, the lease runs out and the item is
    /// taken over or swept). Lease times are the database's clock; a skew only moves when the waiting ends.
    /// </summary>
    public static bool HasWorkFor(IReadOnlyList<ItemRecord> items, IReadOnlySet<string> servers, DateTimeOffset now) =>
        items.Any(item => item.State is ItemState.Pending or ItemState.Claimed or ItemState.Submitting ||
            (item.State is ItemState.Submitted or ItemState.Downloading && item.Server is not null && servers.Contains(item.Server)) ||
            (!item.IsFinished && item.LeaseUntil > now));

    /// <summary>The remaining time at the rate items finished during <paramref name="elapsed"/>.</summary>
    public static TimeSpan? Estimate(ItemCounts counts, int finishedAtStart, TimeSpan elapsed)
    {
        var finishedSince = counts.Done + counts.Failed - finishedAtStart;
        var left = counts.Running + counts.Queued;
        if (finishedSince <= 0 || elapsed <= TimeSpan.Zero)
        {
            return null;
        }

        return left == 0 ? TimeSpan.Zero : elapsed / finishedSince * left;
    }
}
