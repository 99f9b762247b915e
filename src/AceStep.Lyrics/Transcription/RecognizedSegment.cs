namespace AceStep.Lyrics.Transcription;

/// <summary>A phrase boundary the provider found (Whisper's segments); lines may break at segment ends.</summary>
public sealed record RecognizedSegment(string Text, double Start, double End);
