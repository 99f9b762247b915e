using System.CommandLine;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Config;

/// <summary>
/// <c>acestep config</c>: read and change config.json. Only --set, --unset and --reset write the file;
/// the API key is never printed.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CommandRunner runner)
    {
        var get = new Option<string>("--get") { Description = "Print one setting's effective value", HelpName = "KEY" };
        var set = new Option<string[]>("--set")
        {
            Description = "Store a setting (api_key: VALUE '-' or omitted reads it from stdin)",
            HelpName = "KEY [VALUE]",
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var unset = new Option<string>("--unset") { Description = "Remove a setting from the file (its default applies)", HelpName = "KEY" };
        var list = new Option<bool>("--list") { Description = "Show every setting, where it comes from, the key masked" };
        var reset = new Option<bool>("--reset") { Description = "Replace the file with the documented defaults" };
        var checkKey = new Option<bool>("--check-key") { Description = "Say whether an API key is configured, without showing it" };
        var path = new Option<bool>("--path") { Description = "Print the config file's path" };
        var command = new Command("config", "Show or change the configuration")
        {
            get, set, unset, list, reset, checkKey, path,
        };

        runner.Bind(
            command,
            (parse, _) =>
            {
                Option[] actions = [get, set, unset, list, reset, checkKey, path];
                var chosen = actions.Where(action => parse.GetResult(action) is { Implicit: false }).ToList();
                if (chosen.Count > 1)
                {
                    throw CliException.Usage(
                        $"Choose one config action, not {string.Join(" and ", chosen.Select(o => o.Name))}.",
                        "Run 'acestep config --help' for the actions.");
                }

                return chosen.SingleOrDefault() switch
                {
                    null => new ConfigOptions(ConfigAction.Summary),
                    var action when action == get => new ConfigOptions(ConfigAction.Get, parse.GetValue(get)),
                    var action when action == set => parse.GetValue(set) is [var key, .. var rest]
                        ? new ConfigOptions(ConfigAction.Set, key, rest.FirstOrDefault())
                        : throw new InvalidOperationException("--set requires at least one argument."),
                    var action when action == unset => new ConfigOptions(ConfigAction.Unset, parse.GetValue(unset)),
                    var action when action == list => new ConfigOptions(ConfigAction.List),
                    var action when action == reset => new ConfigOptions(ConfigAction.Reset),
                    var action when action == checkKey => new ConfigOptions(ConfigAction.CheckKey),
                    _ => new ConfigOptions(ConfigAction.Path),
                };
            },
            RunAsync);
        return command;
    }

    public static Task<int> RunAsync(ConfigOptions options, RunContext context, CancellationToken cancellation) =>
        Task.FromResult(options.Action switch
        {
            ConfigAction.Summary => ConfigViews.Summary(context),
            ConfigAction.Get => ConfigViews.Get(context, options.Key!),
            ConfigAction.Set => ConfigEdits.Set(context, options.Key!, options.Value),
            ConfigAction.Unset => ConfigEdits.Unset(context, options.Key!),
            ConfigAction.List => ConfigViews.List(context),
            ConfigAction.Reset => ConfigEdits.Reset(context),
            ConfigAction.CheckKey => ConfigViews.CheckKey(context),
            _ => ConfigViews.PrintPath(context),
        });
}
