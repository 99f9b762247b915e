namespace AceStep.Lyrics.Transcription;

/// <summary>
/// What a transcription provider heard in a song, normalised across providers: words in time order, the provider's
/// segments where it gives them (empty otherwise), the language it detected or was told, and which provider and model
/// produced it.
/// </summary>
public sealed record Transcript(
    IReadOnlyList<RecognizedWord> Words,
    IReadOnlyList<RecognizedSegment> Segments,
    string? Language,
    string Provider,
    string? Model)
{
    public string FullText => string.Join(' ', Words.Select(word => word.Text));
}
