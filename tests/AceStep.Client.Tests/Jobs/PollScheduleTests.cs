using AceStep.Client.Jobs;
using AceStep.Client.Transport;

namespace AceStep.Client.Tests.Jobs;

public sealed class PollScheduleTests
{
    [Fact]
    public void Starts_quick_and_backs_off_to_the_cap()
    {
        var schedule = new PollSchedule(Settings());

        var intervals = Enumerable.Range(0, 10).Select(_ => schedule.Next(JobState.Running, estimatedRemaining: null).TotalMilliseconds).ToList();

        Assert.Equal(300, intervals[0]);
        Assert.Equal(450, intervals[1]);
        Assert.Equal(675, intervals[2]);
        Assert.Equal(5000, intervals[^1]);
        Assert.True(intervals.Zip(intervals.Skip(1)).All(pair => pair.First <= pair.Second));
    }

    [Fact]
    public void A_change_of_state_makes_it_quick_again()
    {
        var schedule = new PollSchedule(Settings());
        for (var i = 0; i < 10; i++)
        {
            schedule.Next(JobState.Queued, null);
        }

        Assert.Equal(TimeSpan.FromMilliseconds(300), schedule.Next(JobState.Running, null));
    }

    [Fact]
    public void Near_the_expected_end_it_looks_more_often()
    {
        var schedule = new PollSchedule(Settings());
        for (var i = 0; i < 10; i++)
        {
            schedule.Next(JobState.Running, null);
        }

        Assert.Equal(TimeSpan.FromSeconds(2), schedule.Next(JobState.Running, TimeSpan.FromSeconds(8)));
        Assert.Equal(TimeSpan.FromMilliseconds(125), schedule.Next(JobState.Running, TimeSpan.FromMilliseconds(500)));
        Assert.Equal(PollSchedule.NearEndInterval, schedule.Next(JobState.Running, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public void Past_the_expected_end_it_looks_often_then_backs_off_with_the_overrun()
    {
        var schedule = new PollSchedule(Settings());
        for (var i = 0; i < 10; i++)
        {
            schedule.Next(JobState.Running, null);
        }

        var overdue = new List<TimeSpan>();
        while (overdue.Sum(interval => interval.TotalSeconds) < 30)
        {
            overdue.Add(schedule.Next(JobState.Running, TimeSpan.Zero));
        }

        Assert.Equal(PollSchedule.NearEndInterval, overdue[0]);
        Assert.True(overdue.Take(4).All(interval => interval == PollSchedule.NearEndInterval));
        Assert.True(overdue.Zip(overdue.Skip(1)).All(pair => pair.First <= pair.Second));
        Assert.True(overdue[^1] > TimeSpan.FromSeconds(1) && overdue[^1] <= TimeSpan.FromSeconds(5), $"last interval {overdue[^1]}");
    }

    private static ClientSettings Settings() => ClientSettings.From(new AceStepClientOptions
    {
        PollInitialInterval = TimeSpan.FromMilliseconds(300),
        PollMaxInterval = TimeSpan.FromSeconds(5),
    });
}
