namespace AceStep.Cli.Configuration;

/// <summary>How a configuration value is typed, validated and stored.</summary>
internal enum ConfigValueKind
{
    Text,
    Url,
    Secret,
    Boolean,
    Integer,
    Choice,
    Path,
}
