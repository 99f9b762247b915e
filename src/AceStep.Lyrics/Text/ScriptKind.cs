namespace AceStep.Lyrics.Text;

/// <summary>How a script separates its words, which decides how words are joined, measured and compared.</summary>
public enum ScriptKind
{
    /// <summary>Digits, punctuation, symbols and spaces: they take the side of the text around them.</summary>
    Neutral,

    /// <summary>Latin, Cyrillic, Greek, Arabic, Hebrew, Indic and other scripts whose words are separated by spaces.</summary>
    Spaced,

    /// <summary>Korean: words separated by spaces, one syllable per block, blocks as wide as CJK characters.</summary>
    Hangul,

    /// <summary>Han, Hiragana, Katakana, Bopomofo, CJK punctuation and full/half-width forms: no spaces, one syllable per character.</summary>
    Cjk,

    /// <summary>Thai, Lao, Khmer and Myanmar: written without spaces between words.</summary>
    SoutheastAsian,
}
