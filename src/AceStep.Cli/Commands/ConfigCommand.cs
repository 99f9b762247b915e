using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands;

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

        runner.Bind(command, (context, _) =>
        {
            Option[] actions = [get, set, unset, list, reset, checkKey, path];
            var chosen = actions.Where(context.Has).ToList();
            if (chosen.Count > 1)
            {
                throw CliException.Usage(
                    $"Choose one config action, not {string.Join(" and ", chosen.Select(o => o.Name))}.",
                    "Run 'acestep config --help' for the actions.");
            }

            var action = chosen.SingleOrDefault();
            return Task.FromResult(action switch
            {
                null => Summary(context),
                _ when action == get => Get(context, context.Value(get)!),
                _ when action == set => Set(context, context.Value(set)!),
                _ when action == unset => Unset(context, context.Value(unset)!),
                _ when action == list => List(context),
                _ when action == reset => Reset(context),
                _ when action == checkKey => CheckKey(context),
                _ => PrintPath(context),
            });
        });
        return command;
    }

    private static int Summary(CommandContext context)
    {
        var exit = List(context);
        context.Reporter.Status("");
        context.Reporter.Status("Keys:");
        foreach (var key in ConfigKeys.All)
        {
            context.Reporter.Status($"  {key.Name,-28}{key.Description}");
        }

        context.Reporter.Status("");
        context.Reporter.Status("Change a setting:   acestep config --set KEY VALUE");
        context.Reporter.Status("Set the API key:    printf %s \"$KEY\" | acestep config --set api_key");
        context.Reporter.Status("Check the API key:  acestep config --check-key");
        context.Reporter.Status("Restore defaults:   acestep config --reset");
        return exit;
    }

    private static int List(CommandContext context)
    {
        var resolved = context.Resolver().ResolveAll();
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            var settings = resolved.Select(r => new ConfigValueReport(r.Key.Name, r.DisplayValue, r.Origin)).ToList();
            reporter.Document(new ConfigListReport(context.ConfigPath, context.Config.Exists, settings), CliJson.Context.ConfigListReport);
            return 0;
        }

        reporter.Status($"Config file: {context.ConfigPath}{(context.Config.Exists ? "" : " (not created yet: defaults apply)")}");
        var width = resolved.Max(r => r.Key.Name.Length);
        foreach (var setting in resolved)
        {
            reporter.Result($"{setting.Key.Name.PadRight(width)} = {setting.DisplayValue ?? "(unset)"}  ({setting.Origin})");
        }

        return 0;
    }

    private static int Get(CommandContext context, string name)
    {
        var keys = FindKeys(name);
        if (keys.Any(k => k.IsSecret))
        {
            throw CliException.Usage(
                "The API key is never printed.",
                "Use 'acestep config --check-key' to see whether one is configured.");
        }

        var resolver = context.Resolver();
        var resolved = keys.Select(resolver.Resolve).ToList();
        if (context.Reporter.IsJson)
        {
            if (resolved.Count == 1)
            {
                var single = resolved[0];
                context.Reporter.Document(new ConfigValueReport(single.Key.Name, single.Value, single.Origin), CliJson.Context.ConfigValueReport);
            }
            else
            {
                var settings = resolved.Select(r => new ConfigValueReport(r.Key.Name, r.Value, r.Origin)).ToList();
                context.Reporter.Document(new ConfigListReport(context.ConfigPath, context.Config.Exists, settings), CliJson.Context.ConfigListReport);
            }

            return 0;
        }

        foreach (var setting in resolved)
        {
            context.Reporter.Result(setting.Value is null
                ? $"{setting.Key.Name} is not set (default here: {Output.OutputFolder.Resolve(null, context.Environment.CurrentDirectory).FullPath})"
                : $"{setting.Key.Name} = {setting.Value}");
        }

        return 0;
    }

    private static int Set(CommandContext context, string[] arguments)
    {
        var key = FindKeys(arguments[0]) is [var single] && single.Name == arguments[0]
            ? single
            : throw UnknownKey(arguments[0]);
        var text = arguments.Length > 1 ? arguments[1] : null;
        if (key.IsSecret && text is null or "-")
        {
            text = ReadSecretFromInput(context);
        }
        else if (text is null)
        {
            throw CliException.Usage($"--set {key.Name} needs a value.", $"Example: acestep config --set {key.Name} {Example(key)}");
        }

        if (!ConfigValueParser.TryParse(key, text, out var canonical, out var error))
        {
            throw CliException.Usage(key.IsSecret ? "The API key is not valid." : error, $"Example: acestep config --set {key.Name} {Example(key)}");
        }

        var document = context.Config;
        if (key.IsSecret && canonical.Length == 0)
        {
            document.Remove(key.Name);
        }
        else
        {
            document.Set(key.Name, ConfigValueParser.ToJson(key, canonical));
        }

        ConfigFile.Save(context.ConfigPath, document);
        var shown = key.IsSecret ? (canonical.Length > 0 ? "configured" : "empty") : canonical;
        Confirm(context, key.IsSecret ? $"api_key: {shown}" : $"Set {key.Name} = {shown}", key, shown);
        if (key.IsSecret && arguments.Length > 1 && arguments[1] != "-")
        {
            context.Reporter.Warning("A key typed on the command line stays in your shell history; next time pipe it: printf %s \"$KEY\" | acestep config --set api_key");
        }

        WarnIfOverridden(context, key);
        return 0;
    }

    private static int Unset(CommandContext context, string name)
    {
        var key = FindKeys(name) is [var single] && single.Name == name ? single : throw UnknownKey(name);
        var document = context.Config;
        if (document.Remove(key.Name))
        {
            ConfigFile.Save(context.ConfigPath, document);
        }

        var fallback = key.IsSecret ? "empty" : key.DefaultValue ?? "(unset)";
        Confirm(context, $"Unset {key.Name} (now: {fallback})", key, key.IsSecret ? null : key.DefaultValue);
        WarnIfOverridden(context, key);
        return 0;
    }

    private static int Reset(CommandContext context)
    {
        if (File.Exists(context.ConfigPath) && !IsValid(context))
        {
            // The broken file may hold hand-made settings; keep a copy instead of destroying them.
            var backup = context.ConfigPath + ".invalid";
            File.Copy(context.ConfigPath, backup, overwrite: true);
            context.Reporter.Status($"The invalid file was kept as {backup}.");
        }

        ConfigFile.Save(context.ConfigPath, ConfigDocument.Defaults());
        context.Reporter.Status($"Configuration reset to defaults: {context.ConfigPath}");
        context.ReloadConfig();
        return List(context);
    }

    private static int CheckKey(CommandContext context)
    {
        var setting = context.Resolver().Resolve(ConfigKeys.ApiKey);
        var state = string.IsNullOrEmpty(setting.Value) ? "empty" : "configured";
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(new ConfigValueReport("api_key", state, setting.Origin), CliJson.Context.ConfigValueReport);
            return 0;
        }

        context.Reporter.Result($"api_key: {state}");
        if (setting.Source != SettingSource.Default)
        {
            context.Reporter.Status($"(from {setting.Origin})");
        }

        return 0;
    }

    private static int PrintPath(CommandContext context)
    {
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(new ConfigListReport(context.ConfigPath, File.Exists(context.ConfigPath), []), CliJson.Context.ConfigListReport);
        }
        else
        {
            context.Reporter.Result(context.ConfigPath);
        }

        return 0;
    }

    private static string ReadSecretFromInput(CommandContext context)
    {
        if (context.Environment.Console.IsInputTerminal)
        {
            throw CliException.Usage(
                "acestep never prompts: give the API key on standard input.",
                "printf %s \"$KEY\" | acestep config --set api_key\nor: acestep config --set api_key - < keyfile");
        }

        var text = context.Environment.Console.In.ReadToEnd().Trim();
        if (text.Length == 0)
        {
            throw CliException.Usage("No API key arrived on standard input.", "printf %s \"$KEY\" | acestep config --set api_key");
        }

        return text;
    }

    private static void Confirm(CommandContext context, string message, ConfigKey key, string? value)
    {
        if (context.Reporter.IsJson)
        {
            var settings = new[] { new ConfigValueReport(key.Name, value, "config file") };
            context.Reporter.Document(new ConfigListReport(context.ConfigPath, true, settings) { Message = message }, CliJson.Context.ConfigListReport);
        }
        else
        {
            context.Reporter.Result(message);
        }
    }

    private static void WarnIfOverridden(CommandContext context, ConfigKey key)
    {
        var effective = context.Resolver().Resolve(key);
        if (effective.Source is SettingSource.Environment or SettingSource.Flag)
        {
            context.Reporter.Warning($"{key.Name} is overridden by {effective.Origin} for commands run with it.");
        }
    }

    private static bool IsValid(CommandContext context)
    {
        try
        {
            _ = context.Config;
            return true;
        }
        catch (CliException)
        {
            return false;
        }
    }

    private static List<ConfigKey> FindKeys(string name)
    {
        var exact = ConfigKeys.Find(name);
        if (exact is not null)
        {
            return [exact];
        }

        var group = ConfigKeys.All.Where(k => k.Name.StartsWith(name + ".", StringComparison.Ordinal)).ToList();
        return group.Count > 0 ? group : throw UnknownKey(name);
    }

    private static CliException UnknownKey(string name)
    {
        var suggestion = Suggestion.Closest(name, ConfigKeys.All.Select(k => k.Name));
        return CliException.Usage(
            $"Unknown config key '{name}'.",
            (suggestion is null ? "" : $"Did you mean '{suggestion}'?\n") + $"Known keys: {string.Join(", ", ConfigKeys.All.Select(k => k.Name))}");
    }

    private static string Example(ConfigKey key) => key.Kind switch
    {
        ConfigValueKind.Boolean => "true",
        ConfigValueKind.Integer => key.DefaultValue ?? "1",
        ConfigValueKind.Choice => key.Choices[0],
        ConfigValueKind.Url => "http://127.0.0.1:8001",
        ConfigValueKind.Path => "./acestep_output",
        _ => key.DefaultValue ?? "VALUE",
    };
}
