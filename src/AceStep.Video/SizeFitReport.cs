namespace AceStep.Video;

/// <summary>
/// What fitting the video under <see cref="MusicVideoSpec.MaxSizeBytes"/> did: the size rendered, the size delivered,
/// how many two-pass encodes it took (0 when the render was small enough already), the video bitrate of each (bits per
/// second), whether the limit was met, and why not when it was not (the full-quality render is then kept).
/// </summary>
public sealed record SizeFitReport(
    long LimitBytes,
    long RenderedBytes,
    long FinalBytes,
    int Encodes,
    bool Fits,
    IReadOnlyList<long> VideoBitrates,
    string? FailureReason = null);
