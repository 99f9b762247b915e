using System.Diagnostics;
using System.Text.Json;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>The two independent readers the tag tests use: ffprobe (format and stream tags merged) and TagLib#.</summary>
internal static class AudioTagReaders
{
    public static Dictionary<string, string> Ffprobe(string path)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "ffprobe did not finish");
        Assert.True(process.ExitCode == 0, $"ffprobe failed on {path}: {errors.Result}");
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var holders = root.GetProperty("streams").EnumerateArray().Append(root.GetProperty("format"));
        foreach (var holder in holders)
        {
            if (holder.TryGetProperty("tags", out var found))
            {
                foreach (var tag in found.EnumerateObject())
                {
                    tags[tag.Name] = tag.Value.GetString()!;
                }
            }
        }

        return tags;
    }

    public static TagLib.File TagLib(string path) => global::TagLib.File.Create(path, global::TagLib.ReadStyle.Average);

    /// <summary>A 1×1 PNG, a valid cover image.</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
