using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>Which kind of script a character belongs to, by Unicode block.</summary>
public static class ScriptClassifier
{
    public static ScriptKind Classify(Rune rune)
    {
        var value = rune.Value;
        if (IsHangul(value))
        {
            return ScriptKind.Hangul;
        }

        if (IsCjk(value))
        {
            return ScriptKind.Cjk;
        }

        if (IsSoutheastAsian(value))
        {
            return ScriptKind.SoutheastAsian;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => ScriptKind.Spaced,
            _ => ScriptKind.Neutral,
        };
    }

    /// <summary>True for CJK and Southeast Asian characters: no space goes before or after them when words are joined.</summary>
    public static bool IsWrittenWithoutSpaces(Rune rune) => Classify(rune) is ScriptKind.Cjk or ScriptKind.SoutheastAsian;

    /// <summary>
    /// The kind most of the text's letters belong to (Neutral when it has none); ties go to the script written
    /// without spaces, because one Han character outweighs one Latin letter.
    /// </summary>
    public static ScriptKind Dominant(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> counts = stackalloc int[5];
        foreach (var rune in text.EnumerateRunes())
        {
            var kind = Classify(rune);
            counts[(int)kind] += kind is ScriptKind.Spaced ? 1 : 2;
        }

        var best = ScriptKind.Neutral;
        for (var kind = ScriptKind.Spaced; kind <= ScriptKind.SoutheastAsian; kind++)
        {
            if (counts[(int)kind] > 0 && counts[(int)kind] >= counts[(int)best])
            {
                best = kind;
            }
        }

        return best;
    }

    private static bool IsHangul(int value) =>
        value is (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xA960 and <= 0xA97F)
            or (>= 0xAC00 and <= 0xD7AF) or (>= 0xD7B0 and <= 0xD7FF) or (>= 0xFFA0 and <= 0xFFDC);

    private static bool IsCjk(int value) =>
        value is (>= 0x2E80 and <= 0x2FDF) // CJK radicals, Kangxi radicals
            or (>= 0x2FF0 and <= 0x2FFF) // ideographic description characters
            or (>= 0x3000 and <= 0x303F) // CJK symbols and punctuation
            or (>= 0x3040 and <= 0x30FF) // Hiragana, Katakana
            or (>= 0x3100 and <= 0x312F) or (>= 0x31A0 and <= 0x31BF) // Bopomofo
            or (>= 0x31C0 and <= 0x31FF) // CJK strokes, Katakana phonetic extensions
            or (>= 0x3200 and <= 0x33FF) // enclosed CJK letters, CJK compatibility
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x4E00 and <= 0x9FFF) // unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0xFE10 and <= 0xFE1F) or (>= 0xFE30 and <= 0xFE4F) // vertical and compatibility forms
            or (>= 0xFF00 and <= 0xFFEF) // half-width and full-width forms
            or (>= 0x1B000 and <= 0x1B16F) // kana supplement and extensions
            or (>= 0x20000 and <= 0x323AF); // extensions B to H, compatibility supplement

    private static bool IsSoutheastAsian(int value) =>
        value is (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
            or (>= 0x1000 and <= 0x109F) or (>= 0xA9E0 and <= 0xA9FF) or (>= 0xAA60 and <= 0xAA7F) // Myanmar
            or (>= 0x1780 and <= 0x17FF) or (>= 0x19E0 and <= 0x19FF); // Khmer
}
