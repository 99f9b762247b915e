using System.Globalization;

namespace AceStep.Video.Encoding;

/// <summary>
/// The ffmpeg command line that turns raw BGRA frames on stdin plus the song into the video: converted to 4:2:0 with
/// BT.709 colours (and tagged so players read them right), the song's audio as AAC (Opus in WebM), and the index at
/// the front of MP4 files so they play while downloading.
/// </summary>
internal static class EncoderArguments
{
    public static IReadOnlyList<string> ForFrames(VideoFrameSize size, int framesPerSecond, string audioPath, VideoCodec codec, string outputPath)
    {
        var arguments = new List<string>
        {
            "-f", "rawvideo", "-pix_fmt", "bgra", "-s", size.ToString(), "-framerate", Invariant(framesPerSecond), "-i", "pipe:0",
            "-i", audioPath,
            "-map", "0:v:0", "-map", "1:a:0",
            "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
        };
        arguments.AddRange(VideoCodecArguments(codec, framesPerSecond, (long)size.Width * size.Height * framesPerSecond));
        arguments.AddRange(AudioArguments(codec, bitrateKbps: 192));
        arguments.AddRange(Container(codec, outputPath));
        return arguments;
    }

    public static IEnumerable<string> AudioArguments(VideoCodec codec, int bitrateKbps) =>
        codec == VideoCodec.Vp9
            ? ["-c:a", "libopus", "-b:a", $"{Invariant(bitrateKbps)}k"]
            : ["-c:a", "aac", "-b:a", $"{Invariant(bitrateKbps)}k"];

    public static IEnumerable<string> Container(VideoCodec codec, string outputPath) =>
        codec == VideoCodec.Vp9
            ? ["-f", "webm", "-y", outputPath]
            : ["-movflags", "+faststart", "-f", "mp4", "-y", outputPath];

    private static string[] X264Speed(long pixelsPerSecond) =>
        pixelsPerSecond > 640L * 360 * 30 ? ["-preset", "ultrafast", "-crf", "21"] : ["-preset", "superfast", "-crf", "20"];

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Constant-quality settings fast enough to keep up with drawing on two cores; a keyframe every two seconds lets
    // players seek. Per 1080p frame x264 cost 76 ms of CPU at "veryfast", 43 ms at "superfast" and 26 ms at
    // "ultrafast" here (10 ms of each is ffmpeg's colour conversion), beside about 15-20 ms of drawing: so pictures
    // above 640x360 at 30 fps take "ultrafast" (files about twice the size of "veryfast"; the size limit re-encodes
    // properly when the size matters) and only smaller ones "superfast".
    // The lookahead is shortened, as it is most of the encoder's memory at 1080p.
    private static IEnumerable<string> VideoCodecArguments(VideoCodec codec, int framesPerSecond, long pixelsPerSecond) => codec switch
    {
        VideoCodec.H265 =>
        [
            "-c:v", "libx265", "-preset", "ultrafast", "-crf", "24", "-tag:v", "hvc1",
            "-x265-params", $"log-level=error:keyint={Invariant(framesPerSecond * 2)}",
        ],
        VideoCodec.Vp9 =>
        [
            "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1", "-crf", "32", "-b:v", "0",
            "-g", Invariant(framesPerSecond * 2),
        ],
        _ =>
        [
            "-c:v", "libx264", .. X264Speed(pixelsPerSecond),
            "-g", Invariant(framesPerSecond * 2), "-rc-lookahead", "10",
        ],
    };
}
