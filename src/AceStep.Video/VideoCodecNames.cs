namespace AceStep.Video;

/// <summary>The names a command line uses for <see cref="VideoCodec"/> (<c>h264</c>, <c>h265</c>, <c>vp9</c>) and the container each one needs.</summary>
public static class VideoCodecNames
{
    public static IReadOnlyList<string> All { get; } = ["h264", "h265", "vp9"];

    public static bool TryParse(string? text, out VideoCodec codec)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "h264" or "avc" or "x264":
                codec = VideoCodec.H264;
                return true;
            case "h265" or "hevc" or "x265":
                codec = VideoCodec.H265;
                return true;
            case "vp9" or "webm":
                codec = VideoCodec.Vp9;
                return true;
            default:
                codec = VideoCodec.H264;
                return false;
        }
    }

    public static string ToName(this VideoCodec codec) => codec switch
    {
        VideoCodec.H265 => "h265",
        VideoCodec.Vp9 => "vp9",
        _ => "h264",
    };

    /// <summary>The file extension the codec's container uses, with its dot: <c>.webm</c> for VP9, <c>.mp4</c> otherwise.</summary>
    public static string FileExtension(this VideoCodec codec) => codec == VideoCodec.Vp9 ? ".webm" : ".mp4";
}
