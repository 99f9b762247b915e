namespace AceStep.Simulator.Jobs;

/// <summary>
/// What a job ends up generating and reporting: the effective caption and lyrics, the values the audio is rendered
/// with, and which of them the result's <c>metas</c> may show (the rest are "N/A", as when the LM did not fill them).
/// </summary>
internal sealed record SongDecision
{
    public required string Prompt { get; init; }

    public required string Lyrics { get; init; }

    /// <summary>The request's own caption and lyrics (<c>metas.prompt</c>/<c>metas.lyrics</c>; empty in sample mode).</summary>
    public required string OriginalPrompt { get; init; }

    public required string OriginalLyrics { get; init; }

    public required double RenderDuration { get; init; }

    public required int RenderBpm { get; init; }

    public required string RenderKeyScale { get; init; }

    public required string RenderTimeSignature { get; init; }

    public int? ReportedBpm { get; init; }

    /// <summary>Reported seconds; a user value is a Python float (60.0), an LM value an int (180).</summary>
    public double? ReportedDuration { get; init; }

    public bool DurationFromUser { get; init; }

    public string? ReportedKeyScale { get; init; }

    public string? ReportedTimeSignature { get; init; }

    /// <summary>The caption the "LM" wrote (sample mode, format), used by the chat content when the request had none.</summary>
    public string? LmCaption { get; init; }

    public bool UsedLm { get; init; }

    public string VocalLanguage { get; init; } = "en";
}
