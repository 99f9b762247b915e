using System.Security.Cryptography;
using System.Text.Json;

namespace AceStep.Tagging.Tests.Support;

/// <summary>What ffmpeg and ffprobe, independent of our writer, make of a file.</summary>
internal static class Media
{
    /// <summary>
    /// The tags ffprobe reports for the file and its audio stream together (Ogg keeps them on the stream), with
    /// case-insensitive names because ffmpeg keeps each format's own case.
    /// </summary>
    public static Dictionary<string, string> Tags(string path)
    {
        var json = ExternalTool.RunChecked("ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-select_streams", "a", "-of", "json", path).Text;
        using var document = JsonDocument.Parse(json);
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Collect(JsonElement owner)
        {
            if (owner.TryGetProperty("tags", out var found))
            {
                foreach (var property in found.EnumerateObject())
                {
                    tags[property.Name] = property.Value.GetString() ?? string.Empty;
                }
            }
        }

        foreach (var stream in document.RootElement.GetProperty("streams").EnumerateArray())
        {
            Collect(stream);
        }

        if (document.RootElement.TryGetProperty("format", out var format))
        {
            Collect(format);
        }

        return tags;
    }

    /// <summary>
    /// A hash of the decoded samples, decoded strictly: any checksum error (Ogg page CRC, FLAC frame CRC) or decoder
    /// warning fails the test.
    /// </summary>
    public static string DecodedAudioHash(string path)
    {
        var result = ExternalTool.RunChecked("ffmpeg", "-v", "error", "-err_detect", "crccheck", "-xerror", "-i", path, "-map", "0:a", "-f", "f32le", "-");
        Assert.True(result.Errors.Length == 0, $"ffmpeg reported errors while decoding {path}: {result.Errors}");
        Assert.NotEmpty(result.Output);
        return Convert.ToHexString(SHA256.HashData(result.Output));
    }

    /// <summary>A hash of the encoded audio packets as the demuxer hands them out, copied without decoding.</summary>
    public static string PacketHash(string path)
    {
        var result = ExternalTool.RunChecked("ffmpeg", "-v", "error", "-i", path, "-map", "0:a", "-c", "copy", "-f", "data", "-");
        Assert.NotEmpty(result.Output);
        return Convert.ToHexString(SHA256.HashData(result.Output));
    }

    /// <summary>Each packet's time stamp and duration, which come from the container (granule positions in Ogg).</summary>
    public static string PacketTimings(string path) =>
        ExternalTool.RunChecked("ffprobe", "-v", "error", "-select_streams", "a", "-show_entries", "packet=pts,duration,size", "-of", "csv", path).Text;

    /// <summary>Creates a sine tone in the given ffmpeg format and codec.</summary>
    public static void Generate(string path, string codec, params string[] extra) =>
        ExternalTool.RunChecked("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2", "-ac", "2", "-c:a", codec, .. extra, path]);

    /// <summary>The attached cover picture as ffmpeg extracts it, byte for byte.</summary>
    public static byte[] ExtractCover(string path) =>
        ExternalTool.RunChecked("ffmpeg", "-v", "error", "-i", path, "-map", "0:v", "-c", "copy", "-frames:v", "1", "-f", "image2pipe", "-").Output;
}
