namespace AceStep.Client;

/// <summary>
/// The answer of <c>POST /v1/transcribe</c>: the server sent its own file to OpenAI's Whisper. Words come in time
/// order without punctuation (Whisper's word tokens); <see cref="LrcText"/> and <see cref="LyricsText"/> are the
/// server's own renderings, kept as given.
/// </summary>
public sealed record ServerTranscription(IReadOnlyList<ServerTranscribedWord> Words, string LrcText, string LyricsText);

