using System.ComponentModel;
using System.Diagnostics;

namespace AceStep.Providers.Audio;

/// <summary>
/// Shrinks a song for upload with ffmpeg: mono MP3 at a low bitrate (64 kbit/s keeps 50 minutes under OpenAI's
/// 25 MiB, and is plenty for speech recognition). The result is written beside the output path and moved into place
/// only when ffmpeg succeeded, so a failure leaves nothing.
/// </summary>
public sealed class FfmpegAudioCompressor(string ffmpegPath = "ffmpeg")
{
    public const int DefaultBitrateKbps = 64;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Whether the ffmpeg this compressor runs can be started at all.</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var (exitCode, _) = await RunAsync(["-hide_banner", "-version"], DefaultTimeout, cancellationToken).ConfigureAwait(false);
            return exitCode == 0;
        }
        catch (AudioCompressionException)
        {
            return false;
        }
    }

    public async Task<CompressedAudio> CompressAsync(string inputPath, string outputPath, int bitrateKbps = DefaultBitrateKbps, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(bitrateKbps, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitrateKbps, 320);
        var input = new FileInfo(inputPath);
        if (!input.Exists)
        {
            throw new FileNotFoundException($"The audio file {inputPath} does not exist.", inputPath);
        }

        var partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.partial");
        try
        {
            var (exitCode, errors) = await RunAsync(
                ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", input.FullName, "-vn", "-map_metadata", "-1",
                 "-ac", "1", "-ar", "22050", "-codec:a", "libmp3lame", "-b:a", $"{bitrateKbps}k", "-f", "mp3", partial],
                timeout ?? DefaultTimeout,
                cancellationToken).ConfigureAwait(false);
            if (exitCode != 0 || !File.Exists(partial))
            {
                throw new AudioCompressionException($"ffmpeg could not compress {input.Name} (exit {exitCode}): {LastLine(errors)}");
            }

            File.Move(partial, outputPath, overwrite: true);
            return new CompressedAudio(Path.GetFullPath(outputPath), input.Length, new FileInfo(outputPath).Length);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private async Task<(int ExitCode, string Errors)> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ffmpegPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new AudioCompressionException(
                $"ffmpeg was not found ('{ffmpegPath}'). Install it (apt install ffmpeg, brew install ffmpeg, winget install ffmpeg) or compress the file yourself: ffmpeg -i song.wav -ac 1 -b:a 64k song.mp3",
                exception);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var errors = process.StandardError.ReadToEndAsync(deadline.Token);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            return (process.ExitCode, await errors.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new AudioCompressionException($"ffmpeg did not finish within {timeout.TotalSeconds:0} s.");
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        finally
        {
            await Task.WhenAll(errors, output).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no error message";
}
