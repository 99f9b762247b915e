namespace AceStep.Video;

/// <summary>
/// Where a render stands: frames done of the total, the drawing speed in frames per second (over the last few seconds)
/// and the time left at that speed. While compressing, <see cref="Attempt"/> counts the encodes (1 for the first).
/// </summary>
public readonly record struct RenderProgress(
    RenderStage Stage,
    long FramesDone,
    long TotalFrames,
    double FramesPerSecond,
    TimeSpan? EstimatedTimeLeft,
    int Attempt = 0)
{
    public double Fraction => TotalFrames <= 0 ? 0 : Math.Clamp((double)FramesDone / TotalFrames, 0, 1);
}
