namespace AceStep.Video.Encoding;

/// <summary>
/// The bitrate arithmetic of fitting a video under a size: the audio gets 96 kb/s, the picture the rest of the total
/// (the limit spread over the duration, less a safety margin for the container and the encoder's aim), and a
/// picture under 100 kb/s is not worth sending, so such a limit is refused before any work.
/// </summary>
internal static class BitrateBudget
{
    public const long AudioBitsPerSecond = 96_000;
    public const long MinimumVideoBitsPerSecond = 100_000;
    public const double SafetyMargin = 0.95;
    private const long RoundTo = 100_000;

    public static long VideoBitsPerSecond(long limitBytes, TimeSpan duration, double margin = SafetyMargin) =>
        (long)(limitBytes * 8 / Math.Max(duration.TotalSeconds, 0.001) * margin) - AudioBitsPerSecond;

    /// <summary>The least limit (in bytes, rounded up to 0.1 MB) that leaves the picture its minimum bitrate.</summary>
    public static long SmallestWorkableBytes(TimeSpan duration)
    {
        var bytes = (MinimumVideoBitsPerSecond + AudioBitsPerSecond) * duration.TotalSeconds / 8 / SafetyMargin;
        return (long)Math.Ceiling(bytes / RoundTo) * RoundTo;
    }

    /// <exception cref="SizeTargetTooSmallException">The limit leaves the picture under 100 kb/s.</exception>
    public static void EnsureWorkable(long limitBytes, TimeSpan duration)
    {
        if (VideoBitsPerSecond(limitBytes, duration) < MinimumVideoBitsPerSecond)
        {
            throw new SizeTargetTooSmallException(limitBytes, duration, SmallestWorkableBytes(duration));
        }
    }

    /// <summary>
    /// The picture size to encode at <paramref name="videoBitsPerSecond"/>: the full size when the bitrate carries it,
    /// otherwise scaled down (never below 360 pixels on the short side) so each pixel keeps enough bits to look clean.
    /// </summary>
    public static VideoFrameSize ScaledFor(VideoFrameSize size, int framesPerSecond, long videoBitsPerSecond)
    {
        const double bitsPerPixel = 0.035;
        const int shortestSide = 360;
        var area = (double)size.Width * size.Height;
        var wanted = Math.Sqrt(videoBitsPerSecond / (bitsPerPixel * framesPerSecond) / area);
        var floor = Math.Min(1, (double)shortestSide / Math.Min(size.Width, size.Height));
        var scale = Math.Clamp(wanted, floor, 1);
        if (scale >= 1)
        {
            return size;
        }

        static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
        return new VideoFrameSize(Math.Max(VideoFrameSize.MinimumSide, Even(size.Width * scale)), Math.Max(VideoFrameSize.MinimumSide, Even(size.Height * scale)));
    }
}
