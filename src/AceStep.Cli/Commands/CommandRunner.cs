using System.CommandLine;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands;

/// <summary>
/// Runs a command body and turns every failure into its documented exit code and a message that says
/// what to do next. Nothing escapes as a stack trace.
/// </summary>
internal sealed class CommandRunner
{
    private readonly GlobalOptions _globals;
    private readonly CliEnvironment _environment;

    public CommandRunner(GlobalOptions globals, CliEnvironment environment)
    {
        _globals = globals;
        _environment = environment;
    }

    public GlobalOptions Globals => _globals;

    public CliEnvironment Environment => _environment;

    public Reporter CreateReporter(ParseResult parse)
    {
        var json = parse.GetValue(_globals.Json);
        var color = _environment.Console.IsErrorTerminal && _environment.GetVariable("NO_COLOR") is null;
        return new Reporter(_environment.Console, json, parse.GetValue(_globals.Quiet), color);
    }

    /// <summary>Attaches <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public void Bind(Command command, Func<CommandContext, CancellationToken, Task<int>> body) =>
        command.SetAction((parse, cancellation) => RunAsync(parse, body, cancellation));

    private async Task<int> RunAsync(ParseResult parse, Func<CommandContext, CancellationToken, Task<int>> body, CancellationToken cancellation)
    {
        var reporter = CreateReporter(parse);
        try
        {
            var context = new CommandContext(parse, _globals, _environment, reporter);
            return await body(context, cancellation);
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
