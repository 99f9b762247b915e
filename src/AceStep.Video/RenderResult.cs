namespace AceStep.Video;

/// <summary>A finished video: where it is, how long, how big, what was worked around and where the time went.</summary>
public sealed record RenderResult(
    string OutputPath,
    TimeSpan Duration,
    long Frames,
    long SizeBytes,
    IReadOnlyList<RenderWarning> Warnings,
    SizeFitReport? SizeFit,
    RenderStatistics Statistics);
