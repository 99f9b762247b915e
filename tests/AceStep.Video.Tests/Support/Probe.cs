using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AceStep.Video.Tests.Support;

/// <summary>What ffprobe reads in a media file: its streams (codec, size, frame rate) and duration.</summary>
internal sealed record Probe(double Duration, IReadOnlyList<ProbedStream> Streams)
{
    public ProbedStream Video => Streams.Single(stream => stream.Type == "video");

    public ProbedStream Audio => Streams.Single(stream => stream.Type == "audio");

    public static Probe Read(string path)
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
        var streams = root.GetProperty("streams").EnumerateArray().Select(ProbedStream.From).ToList();
        var duration = double.Parse(root.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);
        return new Probe(duration, streams);
    }
}
