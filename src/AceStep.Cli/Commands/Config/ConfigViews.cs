using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands.Config;

/// <summary>The read-only config actions: the summary, --list, --get, --check-key and --path. The API key is never printed.</summary>
internal static class ConfigViews
{
    public static int Summary(RunContext context)
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
        context.Reporter.Status("Provider keys:      printf %s \"$KEY\" | acestep config --set openai.api_key   (elevenlabs.api_key, gemini.api_key)");
        context.Reporter.Status("Restore defaults:   acestep config --reset");
        return exit;
    }

    public static int List(RunContext context)
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

    public static int Get(RunContext context, string name)
    {
        var keys = ConfigKeyLookup.Find(name);
        if (keys is [{ IsSecret: true } secret])
        {
            throw CliException.Usage(
                "The API key is never printed.",
                $"Use 'acestep config --check-key{(secret == ConfigKeys.ApiKey ? "" : " " + secret.Name)}' to see whether one is configured.");
        }

        // A group (openai) shows its other settings; its key is never printed.
        keys = keys.Where(static k => !k.IsSecret).ToList();

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

    /// <param name="name">api_key when null; a secret key's name, or its group (<c>openai</c>).</param>
    public static int CheckKey(RunContext context, string? name)
    {
        var key = name is null ? ConfigKeys.ApiKey : ConfigKeyLookup.Find(name).FirstOrDefault(static k => k.IsSecret)
            ?? throw CliException.Usage($"{name} is not a key setting.", "Check one of: api_key, openai, elevenlabs, gemini.");
        var setting = context.Resolver().Resolve(key);
        var state = string.IsNullOrEmpty(setting.Value) ? "empty" : "configured";
        if (context.Reporter.IsJson)
        {
            context.Reporter.Document(new ConfigValueReport(key.Name, state, setting.Origin), CliJson.Context.ConfigValueReport);
            return 0;
        }

        context.Reporter.Result($"{key.Name}: {state}");
        if (setting.Source != SettingSource.Default)
        {
            context.Reporter.Status($"(from {setting.Origin})");
        }

        return 0;
    }

    public static int PrintPath(RunContext context)
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
}
