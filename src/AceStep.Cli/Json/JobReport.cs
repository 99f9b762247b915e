namespace AceStep.Cli.Json;

/// <summary>The --json document of generate, cover, random and status: one job, its state and saved files.</summary>
internal sealed record JobReport
{
    public required string JobId { get; init; }

    public required string State { get; init; }

    public required string Mode { get; init; }

    public required string Server { get; init; }

    public required string OutputDir { get; init; }

    public string? ResultPath { get; init; }

    public IReadOnlyList<string> Files { get; init; } = [];

    public string? Prompt { get; init; }

    public string? Lyrics { get; init; }

    public string? SeedValue { get; init; }

    public string? ResumeCommand { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
