using AceStep.Client.Jobs;

namespace AceStep.Client.Tests.Jobs;

public sealed class JobEstimatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Queue_position_times_the_average_job_time_is_the_estimate()
    {
        var estimator = new JobEstimator(initialQueuePosition: 4, Start) { AverageJobSeconds = 10 };

        Assert.Equal(TimeSpan.FromSeconds(40), estimator.Remaining(JobState.Queued, null, Start));
        Assert.Equal(TimeSpan.FromSeconds(15), estimator.Remaining(JobState.Queued, null, Start.AddSeconds(25)));
        Assert.Equal(4, estimator.QueuePosition(JobState.Queued, Start));
        Assert.Equal(2, estimator.QueuePosition(JobState.Queued, Start.AddSeconds(25)));
        Assert.Equal(1, estimator.QueuePosition(JobState.Queued, Start.AddSeconds(500)));
    }

    [Fact]
    public void A_running_job_is_estimated_from_its_progress_rate()
    {
        var estimator = new JobEstimator(1, Start) { AverageJobSeconds = 10 };
        estimator.Remaining(JobState.Running, 0.01, Start);

        Assert.Equal(TimeSpan.FromSeconds(30), estimator.Remaining(JobState.Running, 0.25, Start.AddSeconds(10)));
        Assert.Null(estimator.QueuePosition(JobState.Running, Start));
    }

    [Fact]
    public void Without_statistics_there_is_no_estimate_for_a_queued_job()
    {
        var estimator = new JobEstimator(3, Start);

        Assert.Null(estimator.Remaining(JobState.Queued, null, Start));
        Assert.Equal(3, estimator.QueuePosition(JobState.Queued, Start));
    }
}
