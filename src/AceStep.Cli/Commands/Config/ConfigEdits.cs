using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;

namespace AceStep.Cli.Commands.Config;

/// <summary>The config actions that write the file: --set, --unset and --reset. A secret is read from stdin, never echoed.</summary>
internal static class ConfigEdits
{
    public static int Set(RunContext context, string name, string? value)
    {
        var key = ConfigKeyLookup.Find(name) is [var single] && single.Name == name ? single : throw ConfigKeyLookup.Unknown(name);
        var text = value;
        if (key.IsSecret && text is null or "-")
        {
            text = ReadSecretFromInput(context, key);
        }
        else if (text is null)
        {
            throw CliException.Usage($"--set {key.Name} needs a value.", $"Example: acestep config --set {key.Name} {Example(key)}");
        }

        if (!ConfigValueParser.TryParse(key, text, out var canonical, out var error))
        {
            throw CliException.Usage(key.IsSecret ? $"The {key.Name} value is not valid." : error, $"Example: acestep config --set {key.Name} {Example(key)}");
        }

        Store(context, key, canonical);
        var shown = key.IsSecret ? (canonical.Length > 0 ? "configured" : "empty") : canonical;
        Confirm(context, key.IsSecret ? $"{key.Name}: {shown}" : $"Set {key.Name} = {shown}", key, shown);
        if (key.IsSecret && value is not (null or "-"))
        {
            context.Reporter.Warning($"A key typed on the command line stays in your shell history; next time pipe it: printf %s \"$KEY\" | acestep config --set {key.Name}");
        }

        WarnIfOverridden(context, key);
        return 0;
    }

    /// <summary>Writes one canonical value into the file; an empty API key is removed rather than stored.</summary>
    private static void Store(RunContext context, ConfigKey key, string canonical)
    {
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
    }

    public static int Unset(RunContext context, string name)
    {
        var key = ConfigKeyLookup.Find(name) is [var single] && single.Name == name ? single : throw ConfigKeyLookup.Unknown(name);
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

    public static int Reset(RunContext context)
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
        return ConfigViews.List(context);
    }

    private static string ReadSecretFromInput(RunContext context, ConfigKey key)
    {
        if (context.Environment.Console.IsInputTerminal)
        {
            throw CliException.Usage(
                "acestep never prompts: give the API key on standard input.",
                $"printf %s \"$KEY\" | acestep config --set {key.Name}\nor: acestep config --set {key.Name} - < keyfile");
        }

        var text = context.Environment.Console.In.ReadToEnd().Trim();
        if (text.Length == 0)
        {
            throw CliException.Usage("No API key arrived on standard input.", $"printf %s \"$KEY\" | acestep config --set {key.Name}");
        }

        return text;
    }

    private static void Confirm(RunContext context, string message, ConfigKey key, string? value)
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

    private static void WarnIfOverridden(RunContext context, ConfigKey key)
    {
        var effective = context.Resolver().Resolve(key);
        if (effective.Source is SettingSource.Environment or SettingSource.Flag)
        {
            context.Reporter.Warning($"{key.Name} is overridden by {effective.Origin} for commands run with it.");
        }
    }

    private static bool IsValid(RunContext context)
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
