using System.CommandLine;
using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands.Generate;

/// <summary><c>acestep generate [CAPTION] [options]</c>: text to music, or cover/repaint with --src-audio.</summary>
internal static class GenerateCommand
{
    public static Command Create(CommandRunner runner)
    {
        var flags = new GenerationFlags();
        var caption = new Argument<string>("caption") { Description = "Style caption (same as -c)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("generate", "Generate music from a caption and lyrics, a description, or source audio") { caption };
        flags.AddTo(command, includeSourceAudio: true);
        runner.Bind(
            command,
            (parse, environment) => flags.Read(parse, environment, parse.GetValue(caption), positionalSource: null),
            GenerationWorkflow.RunAsync);
        return command;
    }
}
