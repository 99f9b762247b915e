namespace AceStep.Video;

/// <summary>
/// Turns "frame N is done" into <see cref="RenderProgress"/> reports: at most a few a second (and always the last), with the
/// speed over the last seconds and the time left at that speed. Time comes from the injected clock.
/// </summary>
internal sealed class ProgressMeter(IProgress<RenderProgress>? progress, TimeProvider time, RenderStage stage, long total)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SpeedWindow = TimeSpan.FromSeconds(3);
    private readonly Queue<(long Frames, long Ticks)> samples = new();
    private long lastReport = long.MinValue;

    public void Start() => Report(0);

    public void Report(long done, int attempt = 0)
    {
        if (progress is null)
        {
            return;
        }

        var now = time.GetTimestamp();
        var due = lastReport == long.MinValue || time.GetElapsedTime(lastReport, now) >= ReportEvery || done >= total;
        if (!due)
        {
            return;
        }

        lastReport = now;
        samples.Enqueue((done, now));
        while (samples.Count > 2 && time.GetElapsedTime(samples.Peek().Ticks, now) > SpeedWindow)
        {
            samples.Dequeue();
        }

        var (firstFrames, firstTicks) = samples.Peek();
        var seconds = time.GetElapsedTime(firstTicks, now).TotalSeconds;
        var speed = seconds > 0 ? (done - firstFrames) / seconds : 0;
        TimeSpan? left = speed > 0 ? TimeSpan.FromSeconds((total - done) / speed) : null;
        progress.Report(new RenderProgress(stage, done, total, speed, left, attempt));
    }
}
