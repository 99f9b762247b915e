namespace AceStep.Cli.Platform;

/// <summary>
/// Where the CLI keeps what it must remember between runs (the job ledger, the batch queue, what it learns about servers):
/// ACESTEP_STATE_DIR, else the platform's state folder (XDG_STATE_HOME or ~/.local/state; %LOCALAPPDATA%) /acestep.
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
