namespace AceStep.Client.Completion;

/// <summary>What the Markdown content of a chat answer says about the song.</summary>
internal sealed record ParsedCompletionContent
{
    public string? Caption { get; init; }

    public double? Bpm { get; init; }

    public double? DurationSeconds { get; init; }

    public string? KeyScale { get; init; }

    public string? TimeSignature { get; init; }

    public string? Language { get; init; }

    public string? Lyrics { get; init; }
}
