using AceStep.Lyrics.Text;

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
    /// <summary>The words as one text, joined as their script is written (spaces for Latin and Hangul, none for CJK and Thai).</summary>
    public string FullText => WordJoiner.Join(Words.Select(word => word.Text.Trim()));
}
