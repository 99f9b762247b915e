namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep tag</c>: the file and what was written into it.</summary>
internal sealed record TagReport
{
    public required string File { get; init; }

    public required string JobId { get; init; }

    public string? Title { get; init; }

    public string? Artist { get; init; }

    public string? Album { get; init; }

    public string? Genre { get; init; }

    public int? Bpm { get; init; }

    /// <summary>The key as the tag holds it (<c>F#m</c>).</summary>
    public string? Key { get; init; }

    public long? Seed { get; init; }

    public bool Lyrics { get; init; }

    public bool SyncedLyrics { get; init; }

    public bool Cover { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
