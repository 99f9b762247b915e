using System.Text.RegularExpressions;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Rendering;

/// <summary>
/// Makes every command the tool suggests runnable from where the user is. A wrapper (the skill's
/// <c>scripts/acestep.sh</c>, which points the tool at its own config file) names itself in
/// <see cref="EnvironmentVariable"/>; hints then say that command instead of a bare <c>acestep</c>, which would
/// read another config file and talk to another server.
/// </summary>
internal sealed partial class CommandHints
{
    public const string EnvironmentVariable = "ACESTEP_COMMAND";

    public const string DefaultCommand = "acestep";

    public CommandHints(string command) => Command = command;

    /// <summary>How the user runs the tool, quoted for a POSIX shell when it needs to be.</summary>
    public string Command { get; }

    /// <summary>
    /// The wrapper's command when run through one; else <c>acestep</c>, carrying <c>--config PATH</c> when this run
    /// named its config file on the command line (a bare <c>acestep</c> would read the default one).
    /// </summary>
    public static CommandHints From(CliEnvironment environment, string? configFlag)
    {
        if (environment.GetVariable(EnvironmentVariable)?.Trim() is { Length: > 0 } wrapper)
        {
            return new CommandHints(ShellQuote(wrapper));
        }

        return configFlag is null
            ? new CommandHints(DefaultCommand)
            : new CommandHints($"{DefaultCommand} --config {ShellQuote(Path.GetFullPath(configFlag, environment.CurrentDirectory))}");
    }

    /// <summary>Replaces <c>acestep</c> where it starts a suggested command (<c>acestep status ID</c>, <c>'acestep help'</c>).</summary>
    public string Rewrite(string text) =>
        Command == DefaultCommand ? text : SuggestedCommand().Replace(text, _ => Command);

    private static string ShellQuote(string command) =>
        command.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '~' or '+' or ':' or '=' or '@' or ',')
            ? command
            : "'" + command.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // "acestep" followed by one of its commands, not inside a path or a longer word.
    [GeneratedRegex(@"(?<![\w./\\-])acestep(?= (?:config|status|jobs|generate|cover|random|health|models|help)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SuggestedCommand();
}
