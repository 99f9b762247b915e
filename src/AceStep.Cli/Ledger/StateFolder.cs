using AceStep.Cli.Platform;

namespace AceStep.Cli.Ledger;

/// <summary>
/// Where the CLI keeps what it learns between runs (the job ledger, what it remembers about servers):
/// <c>$ACESTEP_STATE_DIR</c>, else <c>$XDG_STATE_HOME/acestep</c> (<c>~/.local/state/acestep</c>), on Windows <c>%LOCALAPPDATA%\acestep</c>.
/// </summary>
internal static class StateFolder
{
    public const string EnvironmentVariable = "ACESTEP_STATE_DIR";

    public static string Resolve(CliEnvironment environment)
    {
        var stateHome = environment.GetVariable(EnvironmentVariable);
        if (stateHome is null)
        {
            var root = environment.IsWindows
                ? environment.GetVariable("LOCALAPPDATA") ?? Path.Combine(environment.HomeDirectory, "AppData", "Local")
                : environment.GetVariable("XDG_STATE_HOME") ?? Path.Combine(environment.HomeDirectory, ".local", "state");
            stateHome = Path.Combine(root, "acestep");
        }

        return Path.GetFullPath(stateHome, environment.CurrentDirectory);
    }
}
