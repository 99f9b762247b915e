using System.CommandLine;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Config;

/// <summary>The actions of <c>acestep config</c>, one flag each, and their parsing: exactly one action per run.</summary>
internal sealed class ConfigFlags
{
    public Option<string> Get { get; } = new("--get") { Description = "Print one setting's effective value", HelpName = "KEY" };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Store a setting (a key: VALUE '-' or omitted reads it from stdin)",
        HelpName = "KEY [VALUE]",
        Arity = new ArgumentArity(1, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Unset { get; } = new("--unset") { Description = "Remove a setting from the file (its default applies)", HelpName = "KEY" };

    public Option<bool> List { get; } = new("--list") { Description = "Show every setting, where it comes from, the key masked" };

    public Option<bool> Reset { get; } = new("--reset") { Description = "Replace the file with the documented defaults" };

    public Option<string> CheckKey { get; } = new("--check-key")
    {
        Description = "Say whether a key is configured, without showing it (default api_key; or openai, elevenlabs, gemini)",
        HelpName = "KEY",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool> Path { get; } = new("--path") { Description = "Print the config file's path" };

    private Option[] All => [Get, Set, Unset, List, Reset, CheckKey, Path];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    public ConfigOptions Read(ParseResult parse)
    {
        var chosen = All.Where(action => parse.GetResult(action) is { Implicit: false }).ToList();
        if (chosen.Count > 1)
        {
            throw CliException.Usage(
                $"Choose one config action, not {string.Join(" and ", chosen.Select(o => o.Name))}.",
                "Run 'acestep config --help' for the actions.");
        }

        return chosen.SingleOrDefault() switch
        {
            null => new ConfigOptions(ConfigAction.Summary),
            var action when action == Get => new ConfigOptions(ConfigAction.Get, parse.GetValue(Get)),
            var action when action == Set => parse.GetValue(Set) is [var key, .. var value]
                ? new ConfigOptions(ConfigAction.Set, key, value.FirstOrDefault())
                : throw new InvalidOperationException("--set takes one or two values; the parser allows no other count."),
            var action when action == Unset => new ConfigOptions(ConfigAction.Unset, parse.GetValue(Unset)),
            var action when action == List => new ConfigOptions(ConfigAction.List),
            var action when action == Reset => new ConfigOptions(ConfigAction.Reset),
            var action when action == CheckKey => new ConfigOptions(ConfigAction.CheckKey, parse.GetValue(CheckKey)),
            _ => new ConfigOptions(ConfigAction.Path),
        };
    }
}
