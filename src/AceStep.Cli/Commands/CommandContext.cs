using System.CommandLine;
using AceStep.Cli.Configuration;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;

namespace AceStep.Cli.Commands;

/// <summary>What one command invocation works with: its parsed arguments, environment, settings and reporter.</summary>
internal sealed class CommandContext
{
    private readonly GlobalOptions _globals;
    private ConfigDocument? _config;

    public CommandContext(ParseResult parse, GlobalOptions globals, CliEnvironment environment, Reporter reporter)
    {
        Parse = parse;
        _globals = globals;
        Environment = environment;
        Reporter = reporter;
        ConfigPath = Configuration.ConfigPath.Resolve(parse.GetValue(globals.Config), environment);
    }

    public ParseResult Parse { get; }

    public GlobalOptions Globals => _globals;

    public CliEnvironment Environment { get; }

    public Reporter Reporter { get; }

    public string ConfigPath { get; }

    public ConfigDocument Config => _config ??= ConfigFile.Load(ConfigPath);

    /// <summary>Drops the cached file so the next read sees what was just written.</summary>
    public void ReloadConfig() => _config = null;

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    public bool Has(Option option) => Parse.GetResult(option) is { Implicit: false };

    /// <summary>Settings after precedence; <paramref name="extraFlags"/> adds command-specific overrides such as --timeout.</summary>
    public CliSettings Settings(IReadOnlyDictionary<ConfigKey, string>? extraFlags = null)
    {
        var resolver = Resolver(extraFlags);
        var settings = CliSettings.From(resolver);
        Reporter.AddSecret(settings.ApiKey);
        return settings;
    }

    public SettingsResolver Resolver(IReadOnlyDictionary<ConfigKey, string>? extraFlags = null)
    {
        var flags = new Dictionary<ConfigKey, string>();
        AddFlag(flags, ConfigKeys.ApiUrl, _globals.ApiUrl);
        AddFlag(flags, ConfigKeys.ApiMode, _globals.Mode);
        AddFlag(flags, ConfigKeys.OutputDir, _globals.OutputDir);
        AddFlag(flags, ConfigKeys.AudioFormat, _globals.Format);
        foreach (var (key, value) in extraFlags ?? new Dictionary<ConfigKey, string>())
        {
            flags[key] = value;
        }

        return new SettingsResolver(Config, ConfigPath, Environment, flags);
    }

    public OutputFolder OutputFolder(CliSettings settings) =>
        Output.OutputFolder.Resolve(settings.OutputDirectory, Environment.CurrentDirectory);

    public JobLedger Ledger() => JobLedger.Open(Environment);

    private void AddFlag(Dictionary<ConfigKey, string> flags, ConfigKey key, Option<string> option)
    {
        if (Parse.GetValue(option) is { } value)
        {
            flags[key] = value;
        }
    }
}
