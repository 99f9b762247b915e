using System.CommandLine;
using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands;

/// <summary>
/// <c>acestep cover FILE [options]</c> = <c>generate --src-audio FILE --task-type cover</c>. The file is the
/// positional argument wherever it stands: in <c>cover -c Rock song.mp3</c> "Rock" is the caption, never the file.
/// </summary>
internal static class CoverCommand
{
    public static Command Create(CommandRunner runner)
    {
        var options = new GenerationOptions();
        var source = new Argument<string>("file") { Description = "Source audio file (uploaded to the server)" };
        var command = new Command("cover", "Re-create a song in a new style, keeping its melody structure") { source };
        options.AddTo(command, includeSourceAudio: false);
        runner.Bind(command, (context, cancellation) =>
        {
            var input = GenerationInputReader.Read(context.Parse, options, context.Environment, positionalCaption: null, context.Value(source));
            input = input with { TaskType = input.TaskType ?? "cover" };
            return GenerationWorkflow.RunAsync(context, input, cancellation);
        });
        return command;
    }
}
