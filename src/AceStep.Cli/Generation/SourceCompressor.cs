using System.Diagnostics;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// The cloud API's proxy rejects large uploads, so a big source file is re-encoded first (mono, 24 kHz,
/// 64 kbps MP3, as the skill advises) when ffmpeg is installed; otherwise the user is told how.
/// ffmpeg is started with an argument list, and only file paths are passed to it.
/// </summary>
internal static class SourceCompressor
{
    public const long CloudUploadThreshold = 8L * 1024 * 1024;

    /// <summary>Returns the source to upload and, when a compressed copy was made, its path (delete it afterwards).</summary>
    public static async Task<(AudioSource Source, string? TemporaryFile)> PrepareAsync(
        AudioSource source, bool toCloud, CliEnvironment environment, Reporter reporter, CancellationToken cancellation)
    {
        if (!toCloud || source.Length <= CloudUploadThreshold)
        {
            return (source, null);
        }

        var sizeMb = source.Length / (1024.0 * 1024.0);
        var command = $"ffmpeg -i \"{source.FileName}\" -b:a 64k -ar 24000 -ac 1 compressed.mp3";
        var ffmpeg = ExecutableLocator.Find("ffmpeg", environment);
        if (ffmpeg is null)
        {
            reporter.Warning($"{source.FileName} is {sizeMb:0.0} MB; the cloud API may reject uploads this large. Install ffmpeg to have it compressed automatically, or compress it yourself: {command}");
            return (source, null);
        }

        var target = Path.Combine(Path.GetTempPath(), $"acestep-upload-{Guid.NewGuid():N}.mp3");
        var start = new ProcessStartInfo(ffmpeg) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-nostdin", "-v", "error", "-y", "-i", source.FullPath, "-vn", "-ac", "1", "-ar", "24000", "-b:a", "64k", target })
        {
            start.ArgumentList.Add(argument);
        }

        reporter.Status($"Compressing {source.FileName} ({sizeMb:0.0} MB) for upload: mono, 24 kHz, 64 kbps MP3...");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0 || !File.Exists(target))
        {
            File.Delete(target);
            reporter.Warning($"ffmpeg could not compress {source.FileName} ({(await errors).Trim()}); uploading the original. To compress it yourself: {command}");
            return (source, null);
        }

        return (AudioSource.FromFile(target), target);
    }
}
