using AceStep.Cli.Configuration;
using AceStep.Cli.Ledger;
using AceStep.Cli.Output;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;

namespace AceStep.Cli;

/// <summary>
/// What a command's run function works with besides its own options: the environment, the reporter, the
/// settings (flags &gt; environment &gt; config file &gt; defaults), the job ledger and the output folder.
/// Nothing is read until asked for, so a command that never needs the settings never fails on a broken one.
/// </summary>
internal sealed class RunContext
{
    private readonly SettingFlags _flags;
    private ConfigDocument? _config;
    private JobLedger? _ledger;

    public RunContext(CliEnvironment environment, Reporter reporter, SettingFlags flags)
    {
        Environment = environment;
        Reporter = reporter;
        _flags = flags;
        ConfigPath = Configuration.ConfigPath.Resolve(flags.ConfigFile, environment);
    }

    public CliEnvironment Environment { get; }

    public Reporter Reporter { get; }

    public string ConfigPath { get; }

    public ConfigDocument Config => _config ??= ConfigFile.Load(ConfigPath);

    public JobLedger Ledger => _ledger ??= JobLedger.Open(this);

    /// <summary>Drops the cached file so the next read sees what was just written.</summary>
    public void ReloadConfig() => _config = null;

    public SettingsResolver Resolver() => new(Config, ConfigPath, Environment, _flags.ByKey());

    /// <summary>The effective settings; <paramref name="timeout"/> is the command's own --timeout, when given.</summary>
    public CliSettings Settings(TimeSpan? timeout = null)
    {
        var settings = CliSettings.From(Resolver(), timeout);
        Reporter.AddSecret(settings.ApiKey);
        return settings;
    }

    public OutputFolder OutputFolder(CliSettings settings) =>
        Output.OutputFolder.Resolve(settings.OutputDirectory, Environment.CurrentDirectory);
}
