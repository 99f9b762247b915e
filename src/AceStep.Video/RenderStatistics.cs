namespace AceStep.Video;

/// <summary>
/// Where a render's time went. Drawing and encoding run at the same time (frames are drawn on one thread while ffmpeg
/// encodes the ones before), so <see cref="Drawing"/> plus <see cref="WaitingForEncoder"/> is about the frame phase's wall time.
/// </summary>
public sealed record RenderStatistics(
    TimeSpan Analysis,
    TimeSpan Drawing,
    TimeSpan WaitingForEncoder,
    TimeSpan FramePhase,
    TimeSpan Compression,
    TimeSpan Total);
