namespace AceStep.Cli.Configuration;

/// <summary>One known configuration key: its dot path in config.json, type, default and overrides.</summary>
internal sealed record ConfigKey(
    string Name,
    ConfigValueKind Kind,
    string? DefaultValue,
    string Description)
{
    /// <summary>The environment variable that overrides the file, if any.</summary>
    public string? EnvironmentVariable { get; init; }

    /// <summary>A second variable read when the first is unset (Google's tools use both GEMINI_API_KEY and GOOGLE_API_KEY).</summary>
    public string? AlternateEnvironmentVariable { get; init; }

    /// <summary>The global flag that overrides everything, if any (shown by <c>config --list</c>).</summary>
    public string? Flag { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public int Minimum { get; init; } = int.MinValue;

    public int Maximum { get; init; } = int.MaxValue;

    public bool IsSecret => Kind == ConfigValueKind.Secret;
}
