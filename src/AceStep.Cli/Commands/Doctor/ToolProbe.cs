using System.Diagnostics;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>Runs a local tool with a short deadline and returns its output; null when it is missing, fails or hangs.</summary>
internal static class ToolProbe
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    public static async Task<string?> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(Deadline);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            process.StandardInput.Close();
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
                var errors = process.StandardError.ReadToEndAsync(deadline.Token);
                await process.WaitForExitAsync(deadline.Token);
                var text = await output;
                await errors;
                return process.ExitCode == 0 ? text : null;
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
        }
    }

    /// <summary>The first line of <c>TOOL -version</c>, e.g. "ffmpeg version 6.1.1-3ubuntu5 Copyright …" → "6.1.1-3ubuntu5".</summary>
    public static async Task<(string? Path, string? Version)> VersionAsync(string name, CliEnvironment environment, CancellationToken cancellation)
    {
        if (ExecutableLocator.Find(name, environment) is not { } path)
        {
            return (null, null);
        }

        var output = await RunAsync(path, ["-version"], cancellation);
        var firstLine = output?.Split('\n', 2)[0].Trim() ?? "";
        var words = firstLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var version = words.Length >= 3 && words[1] == "version" ? words[2] : null;
        return (path, output is null ? null : version ?? "unknown version");
    }
}
