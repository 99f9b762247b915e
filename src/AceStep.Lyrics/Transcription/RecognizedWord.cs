namespace AceStep.Lyrics.Transcription;

/// <summary>One word as a speech-to-text provider heard it, with its time in seconds (providers may or may not keep punctuation).</summary>
public sealed record RecognizedWord(string Text, double Start, double End);
