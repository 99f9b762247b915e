namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>config --list</c> and the other config actions.</summary>
internal sealed record ConfigListReport(string Path, bool Exists, IReadOnlyList<ConfigValueReport> Settings)
{
    public string? Message { get; init; }
}
