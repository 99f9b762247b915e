using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using AceStep.Cli.Configuration;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands.Help;

/// <summary>
/// The usual help, and after the root command's: the exit codes and the environment variables, which a script or an
/// agent needs before its first run and which no single command's help shows.
/// </summary>
internal sealed class RootHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help;

    public RootHelpAction(HelpAction help) => _help = help;

    public static void InstallOn(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new RootHelpAction((HelpAction)option.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exit = _help.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand)
        {
            parseResult.InvocationConfiguration.Output.Write(Epilogue());
        }

        return exit;
    }

    private static string Epilogue()
    {
        var variables = ConfigKeys.All
            .Where(key => key.EnvironmentVariable is not null)
            .Select(key => ($"{key.EnvironmentVariable}", $"overrides the config key {key.Name}"))
            .Concat(
            [
                (ConfigPath.EnvironmentVariable, "the config file (default ~/.config/acestep/config.json)"),
                (StateFolder.EnvironmentVariable, "where the job ledger lives (default ~/.local/state/acestep)"),
                (CommandHints.EnvironmentVariable, "the command hints name (a wrapper sets it to itself)"),
                ("NO_COLOR", "no colour, even on a terminal"),
            ]);
        var text = new System.Text.StringBuilder();
        text.AppendLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes)
        {
            text.AppendLine($"  {code,-5}{meaning}");
        }

        text.AppendLine();
        text.AppendLine("Environment variables (flags > environment > config file > defaults):");
        foreach (var (name, meaning) in variables)
        {
            text.AppendLine($"  {name,-22}{meaning}");
        }

        return text.ToString();
    }

    private static readonly (int Code, string Meaning)[] ExitCodes =
    [
        (0, "success"),
        (1, "unexpected internal error"),
        (2, "usage error or invalid input"),
        (3, "configuration error (config file unreadable or invalid)"),
        (4, "authentication (401, or no key for the cloud API)"),
        (5, "server unreachable, unavailable, or not an ACE-Step API"),
        (6, "the server rejected the request"),
        (7, "the job failed"),
        (8, "the job is lost (its server no longer knows it)"),
        (9, "timeout: the job may still run; resume with 'status ID'"),
        (10, "output could not be written"),
        (11, "lint found errors or warnings (lint; generate --strict)"),
        (12, "batch ended with items failed or unfinished"),
        (13, "a provider produced nothing usable (no words heard, no image)"),
        (14, "a tool the command needs is missing (ffmpeg)"),
        (15, "ffmpeg failed while rendering a video"),
        (130, "interrupted; the job is kept and can be resumed"),
    ];
}
