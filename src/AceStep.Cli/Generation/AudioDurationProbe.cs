using System.Diagnostics;
using System.Globalization;

namespace AceStep.Cli.Generation;

/// <summary>
/// Measures a local audio file's length with ffprobe when it is installed, to check a repaint window before
/// uploading. Without ffprobe the check is skipped: the server then clips the window itself.
/// </summary>
internal sealed class AudioDurationProbe
{
    private readonly string? _ffprobe;

    public AudioDurationProbe(string? ffprobePath) => _ffprobe = ffprobePath;

    public TimeSpan? TryMeasure(string path)
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
