namespace AceStep.Songwriting.Text;

/// <summary>The writing systems the checks tell apart (Kana covers hiragana and katakana).</summary>
internal enum WritingScript
{
    None,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}
