using System.CommandLine;
using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands;

/// <summary><c>acestep generate [CAPTION] [options]</c>: text to music, or cover/repaint with --src-audio.</summary>
internal static class GenerateCommand
{
    public static Command Create(CommandRunner runner)
    {
        var options = new GenerationOptions();
        var caption = new Argument<string>("caption") { Description = "Style caption (same as -c)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("generate", "Generate music from a caption and lyrics, a description, or source audio") { caption };
        options.AddTo(command, includeSourceAudio: true);
        runner.Bind(command, (context, cancellation) =>
        {
            var input = GenerationInputReader.Read(context.Parse, options, context.Environment, context.Value(caption), sourceAudio: null);
            return GenerationWorkflow.RunAsync(context, input, cancellation);
        });
        return command;
    }
}
