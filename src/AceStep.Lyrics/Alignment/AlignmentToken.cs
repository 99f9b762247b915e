namespace AceStep.Lyrics.Alignment;

/// <summary>One unit of comparison: its folded key (lower case, no accents or punctuation), kind, and weight in syllables for timing.</summary>
internal readonly record struct AlignmentToken(string Key, TokenKind Kind, int Weight);
