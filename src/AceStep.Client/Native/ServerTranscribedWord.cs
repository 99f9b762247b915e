namespace AceStep.Client;

/// <summary>One word the server's transcription heard, with its start and end in seconds.</summary>
public sealed record ServerTranscribedWord(string Text, double Start, double End);
