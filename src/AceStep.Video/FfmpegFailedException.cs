namespace AceStep.Video;

/// <summary>ffmpeg ran and failed; <see cref="FfmpegOutput"/> holds the last lines it wrote, which say why.</summary>
public sealed class FfmpegFailedException : MusicVideoException
{
    public FfmpegFailedException(string task, int exitCode, string ffmpegOutput)
        : base($"ffmpeg failed while {task} (exit code {exitCode}): {Summarise(ffmpegOutput)}")
    {
        Task = task;
        ExitCode = exitCode;
        FfmpegOutput = ffmpegOutput;
    }

    public string Task { get; }

    public int ExitCode { get; }

    public string FfmpegOutput { get; }

    private static string Summarise(string output)
    {
        var text = output.Trim();
        return text.Length == 0 ? "it printed no reason" : text;
    }
}
