using System.CommandLine;
using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands.Generate;

/// <summary>
/// <c>acestep cover FILE [options]</c> = <c>generate --src-audio FILE --task-type cover</c>. The file is the
/// positional argument wherever it stands: in <c>cover -c Rock song.mp3</c> "Rock" is the caption, never the file.
/// </summary>
internal static class CoverCommand
{
    public static Command Create(CommandRunner runner)
    {
        var flags = new GenerationFlags();
        var source = new Argument<string>("file") { Description = "Source audio file (uploaded to the server)" };
        var command = new Command("cover", "Re-create a song in a new style, keeping its melody structure") { source };
        flags.AddTo(command, includeSourceAudio: false);
        runner.Bind(
            command,
            (parse, environment) =>
            {
                var options = flags.Read(parse, environment, positionalCaption: null, parse.GetValue(source));
                return options with { Request = options.Request with { TaskType = options.Request.TaskType ?? "cover" } };
            },
            GenerationWorkflow.RunAsync);
        return command;
    }
}
