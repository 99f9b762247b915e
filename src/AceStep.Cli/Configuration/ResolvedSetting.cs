namespace AceStep.Cli.Configuration;

/// <summary>A key's effective canonical value (null: unset) and its origin, e.g. "env ACESTEP_API_URL".</summary>
internal sealed record ResolvedSetting(ConfigKey Key, string? Value, SettingSource Source, string Origin);
