namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>How badly the synthetic provider hears: shares of sung words misheard, missed, and extra words inserted; timing jitter.</summary>
internal sealed record PerformanceOptions
{
    public double MishearShare { get; init; } = 0.12;

    public double DropShare { get; init; } = 0.05;

    public double InsertShare { get; init; } = 0.03;

    public double JitterSeconds { get; init; } = 0.08;

    /// <summary>Whisper keeps no punctuation and gives phrase segments; ElevenLabs keeps punctuation and gives none.</summary>
    public bool WhisperStyle { get; init; } = true;

    public string Language { get; init; } = "en";
}
