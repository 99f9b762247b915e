using System.CommandLine;
using AceStep.Cli.Commands.Generate;
using AceStep.Cli.Commands.Mv;
using AceStep.Cli.MusicVideo;

namespace AceStep.Cli.Commands.Video;

/// <summary><c>acestep video -c CAPTION -l LYRICS [options]</c>: generate a song, time its lyrics and render its music video.</summary>
internal static class VideoCommand
{
    public static Command Create(CommandRunner runner)
    {
        var generation = new GenerationFlags();
        var look = new VideoLookFlags();
        var command = new Command("video", "From idea to music video: generate a song, time its lyrics, render the video");
        generation.AddTo(command, includeSourceAudio: false, includeNoWait: false);
        look.AddTo(command);
        runner.Bind(
            command,
            (parse, environment) => new VideoOptions(generation.Read(parse, environment, positionalCaption: null, positionalSource: null), look.Read(parse)),
            VideoWorkflow.RunAsync);
        return command;
    }
}
