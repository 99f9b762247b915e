using System.ComponentModel;
using System.Diagnostics;

namespace AceStep.Tagging.Tests.Support;

/// <summary>Runs a command-line tool (ffmpeg, ffprobe, opusinfo, metaflac, flac) and returns what it printed.</summary>
internal static class ExternalTool
{
    public static ToolOutput Run(string tool, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed; these tests need it (apt-get install ffmpeg flac opus-tools).", exception);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new ToolOutput(process.ExitCode, output.ToArray(), errors.Result);
        }
    }

    /// <summary>Runs the tool and fails the test unless it exits with 0.</summary>
    public static ToolOutput RunChecked(string tool, params string[] arguments)
    {
        var result = Run(tool, arguments);
        Assert.True(result.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {result.ExitCode}: {result.Errors}");
        return result;
    }
}
