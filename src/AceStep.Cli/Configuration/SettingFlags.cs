namespace AceStep.Cli.Configuration;

/// <summary>
/// The settings given as flags on the command line, as typed. They win over the environment, the config file
/// and the defaults, and are checked by the same parser as those (a bad --mode reads like a bad api_mode).
/// </summary>
internal sealed record SettingFlags
{
    /// <summary>--config: which config file to read, not a setting within it.</summary>
    public string? ConfigFile { get; init; }

    public string? ApiUrl { get; init; }

    public string? Mode { get; init; }

    public string? OutputDir { get; init; }

    public string? AudioFormat { get; init; }

    /// <summary>The flags given, by the key each overrides.</summary>
    public IReadOnlyDictionary<ConfigKey, string> ByKey()
    {
        var flags = new Dictionary<ConfigKey, string>();
        Add(flags, ConfigKeys.ApiUrl, ApiUrl);
        Add(flags, ConfigKeys.ApiMode, Mode);
        Add(flags, ConfigKeys.OutputDir, OutputDir);
        Add(flags, ConfigKeys.AudioFormat, AudioFormat);
        return flags;
    }

    private static void Add(Dictionary<ConfigKey, string> flags, ConfigKey key, string? value)
    {
        if (value is not null)
        {
            flags[key] = value;
        }
    }
}
