using System.Collections.Concurrent;

namespace AceStep.Simulator.Jobs;

/// <summary>The in-memory job store (see docs/protocol.md, "Job lifecycle": the job store): lost on restart; finished jobs are forgotten after 24 hours.</summary>
internal sealed class JobStore(TimeProvider clock)
{
    private static readonly TimeSpan FinishedRetention = TimeSpan.FromHours(24);
    private const int SweepEvery = 1024;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private int _additions;

    public void Add(Job job)
    {
        _jobs[job.Id] = job;
        // Upstream sweeps every 5 minutes; sweeping every N submissions gives the same bounded memory.
        if (Interlocked.Increment(ref _additions) % SweepEvery == 0)
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _jobs.Values.Where(candidate => IsExpired(candidate, now)))
            {
                _jobs.TryRemove(expired.Id, out _);
            }
        }
    }

    public bool TryGet(string taskId, out Job job)
    {
        if (_jobs.TryGetValue(taskId, out var found) && !IsExpired(found, clock.GetUtcNow()))
        {
            job = found;
            return true;
        }

        job = null!;
        return false;
    }

    public IEnumerable<Job> Live()
    {
        var now = clock.GetUtcNow();
        return _jobs.Values.Where(job => !IsExpired(job, now));
    }

    private static bool IsExpired(Job job, DateTimeOffset now) => job.FinishedAt is { } finished && now - finished > FinishedRetention;
}
