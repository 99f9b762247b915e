using AceStep.Cli.Errors;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Configuration;

/// <summary>Applies the precedence flags &gt; environment &gt; config file &gt; defaults to every known key.</summary>
internal sealed class SettingsResolver
{
    private readonly ConfigDocument _file;
    private readonly string _filePath;
    private readonly CliEnvironment _environment;
    private readonly IReadOnlyDictionary<ConfigKey, string> _flags;

    public SettingsResolver(ConfigDocument file, string filePath, CliEnvironment environment, IReadOnlyDictionary<ConfigKey, string> flags)
    {
        _file = file;
        _filePath = filePath;
        _environment = environment;
        _flags = flags;
    }

    public ResolvedSetting Resolve(ConfigKey key)
    {
        if (_flags.TryGetValue(key, out var flagText))
        {
            if (!ConfigValueParser.TryParse(key, flagText, out var fromFlag, out var flagError))
            {
                throw CliException.Usage(Redact(key, flagError), $"Run 'acestep help' for the accepted values of {key.Flag}.");
            }

            return new ResolvedSetting(key, fromFlag, SettingSource.Flag, $"flag {key.Flag}");
        }

        var variable = key.EnvironmentVariable is { } primary && _environment.GetVariable(primary) is not null
            ? primary
            : key.AlternateEnvironmentVariable ?? key.EnvironmentVariable;
        if (variable is not null && _environment.GetVariable(variable) is { } envText)
        {
            if (!ConfigValueParser.TryParse(key, envText, out var fromEnv, out var envError))
            {
                throw CliException.Configuration($"Environment variable {variable}: {Redact(key, envError)}", $"Fix or unset {variable}.");
            }

            return new ResolvedSetting(key, fromEnv, SettingSource.Environment, $"env {variable}");
        }

        if (!ConfigValueParser.TryFromJson(key, _file.Get(key.Name), out var fromFile, out var fileError))
        {
            throw CliException.Configuration(
                $"The config file {_filePath}: {Redact(key, fileError)}",
                $"Fix it with 'acestep config --set {key.Name} VALUE' or 'acestep config --unset {key.Name}'.");
        }

        if (fromFile is not null)
        {
            if (key.Kind == ConfigValueKind.Path && !Path.IsPathRooted(fromFile))
            {
                // A relative folder in the file means "beside the file", whatever the current directory is.
                fromFile = Path.GetFullPath(fromFile, Path.GetDirectoryName(_filePath) ?? _environment.CurrentDirectory);
            }

            return new ResolvedSetting(key, fromFile, SettingSource.File, "config file");
        }

        return new ResolvedSetting(key, key.DefaultValue, SettingSource.Default, "default");
    }

    public IReadOnlyList<ResolvedSetting> ResolveAll() => ConfigKeys.All.Select(Resolve).ToList();

    // Parser errors quote the offending value; a secret must never be quoted back.
    private static string Redact(ConfigKey key, string error) =>
        key.IsSecret ? $"{key.Name} is not valid." : error;
}
