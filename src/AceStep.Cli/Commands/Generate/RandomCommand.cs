using System.CommandLine;
using AceStep.Cli.Generation;
using AceStep.Cli.Tags;
using AceStep.Client;

namespace AceStep.Cli.Commands.Generate;

/// <summary><c>acestep random</c>: the server's LM invents a whole song (sample mode).</summary>
internal static class RandomCommand
{
    public static Command Create(CommandRunner runner)
    {
        var thinking = new Option<bool>("--thinking", "-t") { Description = "Use the 5Hz LM for the audio codes (default: generation.thinking)" };
        var noThinking = new Option<bool>("--no-thinking") { Description = "Skip the LM's audio codes: faster (wins over --thinking)" };
        var wait = new WaitFlags();
        var tags = new TagFlags();
        var command = new Command("random", "Generate a random song (the server's LM writes everything)") { thinking, noThinking };
        wait.AddTo(command);
        tags.AddTo(command);
        runner.Bind(
            command,
            (parse, _) => new GenerateOptions(
                new GenerationRequest
                {
                    SampleMode = true,
                    Thinking = parse.GetValue(noThinking) ? false : parse.GetValue(thinking) ? true : null,
                },
                SourcePath: null,
                wait.Read(parse))
            {
                Tags = tags.Read(parse),
            },
            GenerationWorkflow.RunAsync);
        return command;
    }
}
