using System.CommandLine;
using System.CommandLine.Parsing;
using AceStep.Cli.Commands;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;

namespace AceStep.Cli;

/// <summary>The entry point shared by the real process and the in-process tests.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken interrupt = default)
    {
        var globals = new GlobalFlags();
        var runner = new CommandRunner(globals, environment);
        var root = RootCommandFactory.Create(runner);
        // No response files: "-l @lyrics.txt" is ours to read (as lyrics), and a caption may start with '@'.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 || ParseErrorFormatter.MisplacedOption(parse) is not null)
        {
            var reporter = runner.CreateReporter(parse);
            var error = ParseErrorFormatter.Describe(parse);
            reporter.Error(error);
            return (int)error.ExitCode;
        }

        var invocation = new InvocationConfiguration
        {
            Output = environment.Console.Out,
            Error = environment.Console.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C is turned into `interrupt` by Program; the commands decide what an interruption means.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(invocation, interrupt);
    }
}
