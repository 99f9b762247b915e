using AceStep.Cli.Artwork;
using AceStep.Cli.Platform;
using AceStep.Cli.Songs;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// <c>--cover</c>: a background made for the song by <see cref="CoverArtMaker"/> (as <c>acestep thumbnail --from</c>
/// would), in the shape of the video, saved as <c>&lt;job&gt;_cover.&lt;ext&gt;</c> beside the song.
/// </summary>
internal static class VideoCover
{
    /// <summary>2K: a 1080p background should not be upscaled.</summary>
    private const string Size = "2K";

    private static readonly (string Name, double Ratio)[] AspectRatios =
        [("16:9", 16.0 / 9), ("9:16", 9.0 / 16), ("1:1", 1), ("4:3", 4.0 / 3), ("3:4", 3.0 / 4), ("21:9", 21.0 / 9)];

    public static async Task<string> MakeAsync(SongSource song, VideoFrameSize frameSize, RunContext context, CancellationToken cancellation)
    {
        var request = new CoverRequest(null, song, AspectRatioOf(frameSize), Size, null);
        context.Reporter.Status($"Drawing the background: {CoverArtMaker.PromptFor(request)}");
        var image = await new CoverArtMaker(context).MakeAsync(request, cancellation);
        var path = Path.Combine(song.Folder, $"{song.Stem}_cover.{image.Extension}");
        AtomicFile.WriteAllBytes(path, image.Bytes, overwrite: true);
        context.Reporter.Status($"Background saved: {path}");
        return path;
    }

    /// <summary>The image ratio Gemini accepts that is closest to the video's (the renderer crops the rest).</summary>
    public static string AspectRatioOf(VideoFrameSize frameSize)
    {
        var ratio = (double)frameSize.Width / frameSize.Height;
        return AspectRatios.MinBy(candidate => Math.Abs(Math.Log(candidate.Ratio / ratio))).Name;
    }
}
