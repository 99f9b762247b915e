using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Config;

/// <summary>Finds config keys by the name typed: one key, or every key of a group such as <c>generation</c>.</summary>
internal static class ConfigKeyLookup
{
    public static List<ConfigKey> Find(string name)
    {
        var exact = ConfigKeys.Find(name);
        if (exact is not null)
        {
            return [exact];
        }

        var group = ConfigKeys.All.Where(k => k.Name.StartsWith(name + ".", StringComparison.Ordinal)).ToList();
        return group.Count > 0 ? group : throw Unknown(name);
    }

    public static CliException Unknown(string name)
    {
        var suggestion = Suggestion.Closest(name, ConfigKeys.All.Select(k => k.Name));
        return CliException.Usage(
            $"Unknown config key '{name}'.",
            (suggestion is null ? "" : $"Did you mean '{suggestion}'?\n") + $"Known keys: {string.Join(", ", ConfigKeys.All.Select(k => k.Name))}");
    }
}
