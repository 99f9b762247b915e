using System.Globalization;

namespace AceStep.Video;

/// <summary>
/// The size limit leaves the video less than the lowest bitrate worth watching (100 kb/s beside 96 kb/s of audio);
/// <see cref="SmallestWorkableBytes"/> is the least limit that would work for this song's length.
/// </summary>
public sealed class SizeTargetTooSmallException : MusicVideoException
{
    public SizeTargetTooSmallException(long limitBytes, TimeSpan duration, long smallestWorkableBytes)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"a {limitBytes / 1e6:0.##} MB limit is too small for a {duration.TotalSeconds:0.#} s video: it leaves the picture under 100 kb/s. "
            + $"The smallest limit that works is {smallestWorkableBytes / 1e6:0.0} MB."))
    {
        LimitBytes = limitBytes;
        Duration = duration;
        SmallestWorkableBytes = smallestWorkableBytes;
    }

    public long LimitBytes { get; }

    public TimeSpan Duration { get; }

    public long SmallestWorkableBytes { get; }
}
