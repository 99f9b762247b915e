namespace AceStep.Client.Jobs;

/// <summary>
/// Estimates a waiting job's queue position and remaining time from its submission-time queue position and the
/// server's average job time (<c>/v1/stats.avg_job_seconds</c>), and a running job's from its progress.
/// </summary>
internal sealed class JobEstimator(int? initialQueuePosition, DateTimeOffset startedAt)
{
    private DateTimeOffset? _runningSince;

    public double? AverageJobSeconds { get; set; }

    public int? QueuePosition(JobState state, DateTimeOffset now)
    {
        if (state != JobState.Queued || initialQueuePosition is not { } initial)
        {
            return null;
        }

        if (AverageJobSeconds is not { } average || average <= 0)
        {
            return initial;
        }

        var finishedSince = (int)((now - startedAt).TotalSeconds / average);
        return Math.Max(1, initial - finishedSince);
    }

    public TimeSpan? Remaining(JobState state, double? progress, DateTimeOffset now)
    {
        if (state == JobState.Running)
        {
            _runningSince ??= now;
            var running = now - _runningSince.Value;
            if (progress is > 0.05 and < 1)
            {
                return running * ((1 - progress.Value) / progress.Value);
            }

            return AverageJobSeconds is { } runAverage ? Positive(TimeSpan.FromSeconds(runAverage) - running) : null;
        }

        if (state == JobState.Queued && AverageJobSeconds is { } average && average > 0)
        {
            var position = initialQueuePosition ?? 1;
            var expectedEnd = startedAt + TimeSpan.FromSeconds(position * average);
            return Positive(expectedEnd - now);
        }

        return null;
    }

    private static TimeSpan Positive(TimeSpan value) => value > TimeSpan.Zero ? value : TimeSpan.Zero;
}
