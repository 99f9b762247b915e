namespace AceStep.Songwriting.Vocabulary;

/// <summary>The kinds of lyrics tags. Vocal and energy cues colour the section they sit in; the others start a section.</summary>
internal enum TagCategory
{
    Structure,
    Dynamic,
    Instrumental,
    Special,
    VocalCue,
    EnergyCue,
    Unknown,
}
