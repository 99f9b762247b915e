namespace AceStep.Cli.Configuration;

/// <summary>Where an effective setting came from, in precedence order (highest first).</summary>
internal enum SettingSource
{
    Flag,
    Environment,
    File,
    Default,
}
