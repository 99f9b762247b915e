using System.CommandLine;

namespace AceStep.Cli.Commands.Help;

/// <summary><c>acestep help [command]</c>: the same text as <c>--help</c>, for people who type it first.</summary>
internal static class HelpCommand
{
    public static Command Create(RootCommand root)
    {
        var topic = new Argument<string>("command") { Description = "The command to explain", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show help for acestep or one of its commands") { topic };
        command.SetAction((parse, cancellation) =>
        {
            var name = parse.GetValue(topic);
            string[] args = name is null ? ["--help"] : [name, "--help"];
            return root.Parse(args).InvokeAsync(parse.InvocationConfiguration, cancellation);
        });
        return command;
    }
}
