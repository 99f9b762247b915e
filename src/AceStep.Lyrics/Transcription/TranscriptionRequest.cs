namespace AceStep.Lyrics.Transcription;

/// <summary>The audio file to transcribe and, when known, its language (ISO 639-1, e.g. <c>en</c>, <c>zh</c>); null lets the provider detect it.</summary>
public sealed record TranscriptionRequest(string AudioPath, string? Language = null);
