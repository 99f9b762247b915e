using System.ComponentModel;
using System.Diagnostics;

namespace AceStep.Video.Media;

/// <summary>
/// One running ffmpeg: its pipes, the tail of what it wrote to stderr (its error messages), and a wait that turns a
/// failure into <see cref="FfmpegFailedException"/>. Disposing kills it if it still runs.
/// </summary>
internal sealed class FfmpegProcess : IDisposable
{
    private const int KeptErrorLines = 30;
    private readonly Process process;
    private readonly Queue<string> errorTail = new();
    private readonly string task;

    private FfmpegProcess(Process process, string task)
    {
        this.process = process;
        this.task = task;
        process.ErrorDataReceived += (_, line) => KeepErrorLine(line.Data);
        process.BeginErrorReadLine();
    }

    public Stream Input => process.StandardInput.BaseStream;

    public Stream Output => process.StandardOutput.BaseStream;

    public static FfmpegProcess Start(string ffmpeg, IEnumerable<string> arguments, string task, bool writesStdout = false, bool readsStdin = false)
    {
        var info = new ProcessStartInfo(ffmpeg)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = writesStdout,
            RedirectStandardInput = readsStdin,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add("-hide_banner");
        info.ArgumentList.Add("-nostats");
        info.ArgumentList.Add("-loglevel");
        info.ArgumentList.Add("error");
        if (!readsStdin)
        {
            info.ArgumentList.Add("-nostdin");
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            return new FfmpegProcess(Process.Start(info) ?? throw new FfmpegNotFoundException($"'{ffmpeg}' did not start"), task);
        }
        catch (Win32Exception exception)
        {
            throw new FfmpegNotFoundException($"'{ffmpeg}' could not be started: {exception.Message}", exception);
        }
    }

    /// <summary>Runs ffmpeg to the end; a non-zero exit throws <see cref="FfmpegFailedException"/> with ffmpeg's message.</summary>
    public static async Task RunAsync(string ffmpeg, IEnumerable<string> arguments, string task, CancellationToken cancellationToken)
    {
        using var run = Start(ffmpeg, arguments, task);
        await run.WaitForSuccessAsync(cancellationToken).ConfigureAwait(false);
    }

    public string ErrorText
    {
        get
        {
            lock (errorTail)
            {
                return string.Join(Environment.NewLine, errorTail);
            }
        }
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        // The exit can overtake the last stderr lines; this second wait drains them.
        process.WaitForExit();
        return process.ExitCode;
    }

    public async Task WaitForSuccessAsync(CancellationToken cancellationToken)
    {
        var exitCode = await WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new FfmpegFailedException(task, exitCode, ErrorText);
        }
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void KeepErrorLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (errorTail)
        {
            errorTail.Enqueue(line.Trim());
            while (errorTail.Count > KeptErrorLines)
            {
                errorTail.Dequeue();
            }
        }
    }
}
