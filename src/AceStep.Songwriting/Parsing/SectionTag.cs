using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Parsing;

/// <summary>
/// A bracketed lyrics tag such as <c>[Chorus - anthemic]</c>: the head (<c>Chorus</c>), the modifiers after
/// <c> - </c>, and what the head is. <see cref="Column"/> is the position of the opening bracket.
/// </summary>
internal sealed record SectionTag(int Line, int Column, string Inner, string Head, IReadOnlyList<string> Modifiers)
{
    /// <summary>The head as matched and grouped: "Verse 2" and "Verse 1" are both "verse"; "Final Chorus" is "chorus".</summary>
    public string Family { get; } = SectionTagVocabulary.Normalize(Head);

    private readonly (TagCategory Category, SectionRole Role) kind = SectionTagVocabulary.Classify(SectionTagVocabulary.Normalize(Head));

    public TagCategory Category => kind.Category;

    public SectionRole Role => kind.Role;

    /// <summary>Vocal and energy cues colour the current section; every other tag starts a new one.</summary>
    public bool StartsSection => Category is not (TagCategory.VocalCue or TagCategory.EnergyCue);

    /// <summary>The whole tag text prepared for vocabulary matching (head and modifiers).</summary>
    public NormalizedText Words { get; } = new(Inner);

    public string Display => $"[{Inner}]";

    public bool HasLetters => Head.Any(char.IsLetter);
}
