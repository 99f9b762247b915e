using AceStep.Cli.Platform;

namespace AceStep.Cli.Configuration;

/// <summary>Where config.json lives: --config, then ACESTEP_CONFIG, then the platform's per-user folder.</summary>
internal static class ConfigPath
{
    public const string EnvironmentVariable = "ACESTEP_CONFIG";

    public static string Resolve(string? flag, CliEnvironment environment)
    {
        var chosen = flag ?? environment.GetVariable(EnvironmentVariable);
        if (chosen is not null)
        {
            return Path.GetFullPath(chosen, environment.CurrentDirectory);
        }

        if (environment.IsWindows)
        {
            var appData = environment.GetVariable("APPDATA") ?? Path.Combine(environment.HomeDirectory, "AppData", "Roaming");
            return Path.Combine(appData, "acestep", "config.json");
        }

        var configHome = environment.GetVariable("XDG_CONFIG_HOME") ?? Path.Combine(environment.HomeDirectory, ".config");
        return Path.Combine(configHome, "acestep", "config.json");
    }
}
