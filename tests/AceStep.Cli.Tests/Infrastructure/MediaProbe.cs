using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>What ffprobe reads in a media file: the duration and, per stream, its type, codec, size and frame rate.</summary>
internal sealed record MediaProbe(double Duration, IReadOnlyList<MediaProbe.Stream> Streams)
{
    public Stream Video => Streams.Single(stream => stream.Type == "video");

    public Stream Audio => Streams.Single(stream => stream.Type == "audio");

    public static MediaProbe Read(string path)
    {
        var info = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "error", "-show_entries", "stream=codec_type,codec_name,width,height,r_frame_rate:format=duration", "-of", "json", path })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var json = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ffprobe could not read {path}: {errors}");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.GetProperty("streams").EnumerateArray().Select(Stream.From).ToList();
        return new MediaProbe(double.Parse(root.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture), streams);
    }

    internal sealed record Stream(string Type, string Codec, int Width, int Height, string FrameRate)
    {
        public static Stream From(JsonElement stream) => new(
            stream.GetProperty("codec_type").GetString()!,
            stream.GetProperty("codec_name").GetString()!,
            stream.TryGetProperty("width", out var width) ? width.GetInt32() : 0,
            stream.TryGetProperty("height", out var height) ? height.GetInt32() : 0,
            stream.TryGetProperty("r_frame_rate", out var rate) ? rate.GetString()! : "0/0");
    }
}
