namespace AceStep.Lyrics.Alignment;

/// <summary>Spaced scripts are compared word by word; CJK, Hangul and Thai-like scripts character by character.</summary>
internal enum TokenKind
{
    Word,
    Character,
}
