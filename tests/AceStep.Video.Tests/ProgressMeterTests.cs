using Microsoft.Extensions.Time.Testing;

namespace AceStep.Video.Tests;

public sealed class ProgressMeterTests
{
    [Fact]
    public void Reports_come_at_most_four_times_a_second_with_the_speed_and_the_time_left()
    {
        var time = new FakeTimeProvider();
        var reports = new List<RenderProgress>();
        var meter = new ProgressMeter(new Support.SynchronousProgress<RenderProgress>(reports.Add), time, RenderStage.Rendering, total: 300);

        meter.Start();
        for (var frame = 1; frame <= 60; frame++)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            meter.Report(frame);
        }

        Assert.Equal(13, reports.Count);
        var last = reports[^1];
        Assert.Equal(60, last.FramesDone);
        Assert.Equal(20, last.FramesPerSecond, 6);
        Assert.Equal(TimeSpan.FromSeconds(12), last.EstimatedTimeLeft);
        Assert.Equal(0.2, last.Fraction, 6);
    }

    [Fact]
    public void The_last_frame_is_always_reported()
    {
        var time = new FakeTimeProvider();
        var reports = new List<RenderProgress>();
        var meter = new ProgressMeter(new Support.SynchronousProgress<RenderProgress>(reports.Add), time, RenderStage.Rendering, total: 3);

        meter.Start();
        meter.Report(1);
        meter.Report(2);
        meter.Report(3);

        Assert.Equal([0L, 3L], reports.Select(report => report.FramesDone));
    }
}
