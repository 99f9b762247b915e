using System.CommandLine;
using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.MusicVideo;

namespace AceStep.Cli.Commands.Mv;

/// <summary><c>acestep mv</c>: a music video (spectrum, timed lyrics, title) from a song we made or any audio file.</summary>
internal static class MvCommand
{
    public static Command Create(CommandRunner runner)
    {
        var audio = new Option<string>("--audio") { Description = "The song: any audio file ffmpeg reads", HelpName = "FILE" };
        var from = new Option<string>("--from") { Description = "A job of ours: its id, or its result file <job>.json (audio, title, lyrics and length come from it)", HelpName = "JOB_ID|FILE" };
        var lrc = new Option<string>("--lyrics") { Description = "Timed lyrics as LRC (default with --from: <job>_1.lrc if present, else an estimate)", HelpName = "FILE.lrc" };
        var lyricsJson = new Option<string>("--lyrics-json") { Description = "Timed lyrics as JSON lines [{start, end, text}]", HelpName = "FILE" };
        var preview = new Option<string>("--preview") { Description = "Write one PNG frame at this time (seconds or m:ss) instead of the video", HelpName = "TIME" };
        var output = new Option<string>("--output") { Description = "The video file (default: <output dir>/<job_id>.mp4, .webm for vp9); never replaced without --force", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists" };
        var look = new VideoLookFlags();
        var command = new Command("mv", "Render a music video: spectrum, timed lyrics and title over a picture or a gradient") { audio, from, lrc, lyricsJson };
        look.AddTo(command);
        command.Options.Add(preview);
        command.Options.Add(output);
        command.Options.Add(force);
        runner.Bind(
            command,
            (parse, _) =>
            {
                var audioPath = parse.GetValue(audio);
                var source = parse.GetValue(from);
                if ((audioPath is null) == (source is null))
                {
                    throw CliException.Usage(
                        audioPath is null ? "No song given." : "Give the song once: --audio or --from, not both.",
                        "acestep mv --from JOB_ID (a song made with acestep), or acestep mv --audio song.mp3 --lyrics song.lrc --title \"...\"");
                }

                var lrcPath = parse.GetValue(lrc);
                var jsonPath = parse.GetValue(lyricsJson);
                if (lrcPath is not null && jsonPath is not null)
                {
                    throw CliException.Usage("Give the timed lyrics once: --lyrics FILE.lrc or --lyrics-json FILE.");
                }

                return new MvOptions(audioPath, source, lrcPath, jsonPath, look.Read(parse), ReadTime(parse.GetValue(preview)), parse.GetValue(output), parse.GetValue(force));
            },
            MusicVideoWorkflow.RunAsync);
        return command;
    }

    /// <summary>Seconds (<c>42.5</c>) or minutes and seconds (<c>1:30</c>).</summary>
    private static TimeSpan? ReadTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Trim().Split(':');
        var seconds = 0.0;
        foreach (var part in parts)
        {
            if (parts.Length > 2 || !double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw CliException.Usage($"--preview must be a time in seconds or m:ss (got '{text}').", "For example --preview 30 or --preview 1:05.5");
            }

            seconds = (seconds * 60) + value;
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
