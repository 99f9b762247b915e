namespace AceStep.Video.Encoding;

/// <summary>
/// The two ffmpeg command lines of a two-pass encode at a set bitrate, for each codec: the first pass only measures
/// (no audio, output thrown away), the second writes the video with 96 kb/s audio. The pass log lives in the render's
/// own temporary folder, so renders running at once never share it.
/// </summary>
internal static class TwoPassArguments
{
    public static IReadOnlyList<string> FirstPass(string input, VideoCodec codec, long videoBitsPerSecond, VideoFrameSize size, string passLog) =>
    [
        "-y", "-i", input, "-map", "0:v:0", "-vf", Scale(size),
        .. Video(codec, videoBitsPerSecond, pass: 1, passLog),
        "-an", "-f", "null", "-",
    ];

    public static IReadOnlyList<string> SecondPass(string input, VideoCodec codec, long videoBitsPerSecond, VideoFrameSize size, string passLog, string output) =>
    [
        "-y", "-i", input, "-map", "0:v:0", "-map", "0:a:0?", "-vf", Scale(size),
        .. Video(codec, videoBitsPerSecond, pass: 2, passLog),
        .. EncoderArguments.AudioArguments(codec, (int)(BitrateBudget.AudioBitsPerSecond / 1000)),
        .. EncoderArguments.Container(codec, output),
    ];

    private static string Scale(VideoFrameSize size) => $"scale={size.Width}:{size.Height}:flags=lanczos,format=yuv420p";

    private static IEnumerable<string> Video(VideoCodec codec, long bitsPerSecond, int pass, string passLog)
    {
        var bitrate = $"{EncoderArguments.Invariant(bitsPerSecond / 1000)}k";
        var passNumber = EncoderArguments.Invariant(pass);
        return codec switch
        {
            VideoCodec.H265 =>
            [
                "-c:v", "libx265", "-preset", "fast", "-b:v", bitrate, "-tag:v", "hvc1",
                "-x265-params", $"pass={passNumber}:stats={passLog}.x265:log-level=error",
            ],
            VideoCodec.Vp9 =>
            [
                "-c:v", "libvpx-vp9", "-b:v", bitrate, "-deadline", "good", "-cpu-used", "4", "-row-mt", "1",
                "-pass", passNumber, "-passlogfile", passLog,
            ],
            _ => ["-c:v", "libx264", "-preset", "fast", "-b:v", bitrate, "-pass", passNumber, "-passlogfile", passLog],
        };
    }
}
