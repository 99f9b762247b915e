using System.CommandLine;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands;

/// <summary>
/// Runs a command in two steps: its flags are parsed into an options record, then its run function takes that
/// record and a <see cref="RunContext"/>. Every failure of either step becomes its documented exit code and a
/// message that says what to do next. Nothing escapes as a stack trace.
/// </summary>
internal sealed class CommandRunner
{
    public CommandRunner(GlobalFlags globals, CliEnvironment environment)
    {
        Globals = globals;
        Environment = environment;
    }

    public GlobalFlags Globals { get; }

    public CliEnvironment Environment { get; }

    public Reporter CreateReporter(ParseResult parse) => CreateReporter(Globals.Read(parse));

    /// <summary>Makes <paramref name="command"/> parse its flags with <paramref name="parse"/>, then <paramref name="run"/>.</summary>
    public void Bind<TOptions>(
        Command command,
        Func<ParseResult, CliEnvironment, TOptions> parse,
        Func<TOptions, RunContext, CancellationToken, Task<int>> run) =>
        command.SetAction((result, cancellation) => RunAsync(result, context => run(parse(result, Environment), context, cancellation), cancellation));

    /// <summary>Binds a command that has no flags of its own.</summary>
    public void Bind(Command command, Func<RunContext, CancellationToken, Task<int>> run) =>
        command.SetAction((result, cancellation) => RunAsync(result, context => run(context, cancellation), cancellation));

    private Reporter CreateReporter(GlobalOptions globals)
    {
        var color = Environment.Console.IsErrorTerminal && Environment.GetVariable("NO_COLOR") is null;
        return new Reporter(Environment.Console, globals.Json, globals.Quiet, color, CommandHints.From(Environment, globals.Settings.ConfigFile));
    }

    private async Task<int> RunAsync(ParseResult parse, Func<RunContext, Task<int>> body, CancellationToken cancellation)
    {
        var globals = Globals.Read(parse);
        var reporter = CreateReporter(globals);
        try
        {
            return await body(new RunContext(Environment, reporter, globals.Settings));
        }
        catch (CliException ex)
        {
            reporter.Error(ex);
            return (int)ex.ExitCode;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            reporter.Error(new CliException(ExitCode.Interrupted, "interrupted", "Interrupted."));
            return (int)ExitCode.Interrupted;
        }
        catch (Exception ex) when (ErrorTranslator.TryTranslate(ex, out var translated))
        {
            reporter.Error(translated);
            return (int)translated.ExitCode;
        }
#pragma warning disable CA1031 // The last line of defence: report any bug as exit 1 instead of a crash dump.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reporter.Error(new CliException(
                ExitCode.InternalError,
                "internal_error",
                $"Unexpected internal error ({ex.GetType().Name}): {ex.Message}",
                "This is a bug in acestep; please report it with the command you ran (without your API key)."));
            return (int)ExitCode.InternalError;
        }
    }
}
