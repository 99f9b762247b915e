using System.Diagnostics;
using System.Globalization;
using AceStep.Client.Audio;

namespace AceStep.Cli.Generation;

/// <summary>
/// Measures a local source file's length, to check a repaint window before uploading: from the file itself
/// through the library's probe, else with ffprobe when it is installed. When neither can tell, the check is
/// skipped and the server clips the window itself.
/// </summary>
internal sealed class SourceLength
{
    private readonly string? _ffprobe;

    public SourceLength(string? ffprobePath) => _ffprobe = ffprobePath;

    public TimeSpan? TryMeasure(string path)
    {
        var header = new byte[AudioFormatSniffer.HeaderLength];
        using (var stream = File.OpenRead(path))
        {
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            header = header[..read];
        }

        return AudioDurationProbe.Probe(path, AudioFormatSniffer.Detect(header)) ?? MeasureWithFfprobe(path);
    }

    private TimeSpan? MeasureWithFfprobe(string path)
    {
        if (_ffprobe is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(_ffprobe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", path })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000) || process.ExitCode != 0)
            {
                return null;
            }

            return double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
