using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>
/// Reduces text to what matters when a heard word is compared with a written one: lower case, no accents, no
/// punctuation, full-width letters as ASCII, half-width and full-width katakana as hiragana. It is written out here
/// rather than done with Unicode normalisation because the CLI runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does nothing.
/// </summary>
internal static class TextFolding
{
    // Base letters for U+00C0..U+017F after lower-casing; '\0' keeps the character as it is.
    private const string Latin1 = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" + "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    private const string LatinExtendedA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln" +
        "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    // Vietnamese vowels with tone marks, U+1EA0..U+1EF9, in runs of one base letter.
    private static readonly (int Count, char Base)[] Vietnamese = [(24, 'a'), (16, 'e'), (4, 'i'), (24, 'o'), (14, 'u'), (8, 'y')];

    private const string HalfWidthKatakana =
        "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

    private const string Voiceable = "カキクケコサシスセソタチツテトハヒフヘホウ";

    public static string ForComparison(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            AppendFolded(builder, rune);
        }

        return builder.ToString();
    }

    /// <summary>Full-width ASCII and the ideographic space as ASCII, half-width katakana as katakana; nothing else changes.</summary>
    public static string Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(character - 0xFEE0),
                >= '\uFF66' and <= '\uFF9D' => HalfWidthKatakana[character - 0xFF66],
                _ => character,
            });
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, Rune rune)
    {
        var value = rune.Value;
        switch (value)
        {
            case 'æ': builder.Append("ae"); return;
            case 'œ': builder.Append("oe"); return;
            case 'ß': builder.Append("ss"); return;
            case 'þ': builder.Append("th"); return;
            case 0xFF9E or 0xFF9F or 0x309B or 0x309C or 0x3099 or 0x309A: AddSoundMark(builder, value); return;
        }

        if (value is >= 0x0300 and <= 0x036F || IsDropped(rune))
        {
            return;
        }

        var folded = FoldOne(value);
        if (folded is >= 0x30A1 and <= 0x30F6)
        {
            folded -= 0x60; // katakana to hiragana
        }

        builder.Append(folded <= 0xFFFF ? ((char)folded).ToString() : char.ConvertFromUtf32(folded));
    }

    private static int FoldOne(int value)
    {
        switch (value)
        {
            case >= 0xC0 and <= 0xFF when Latin1[value - 0xC0] != '\0': return Latin1[value - 0xC0];
            case >= 0x100 and <= 0x17F: return LatinExtendedA[value - 0x100];
            case 0x1A1: return 'o';
            case 0x1B0: return 'u';
            case >= 0x1EA0 and <= 0x1EF9: return VietnameseBase(value);
            case >= 0xFF21 and <= 0xFF3A: return value - 0xFEE0 + 0x20; // full-width capitals, lower-cased
            case >= 0xFF01 and <= 0xFF5E: return value - 0xFEE0;
            case >= 0xFF66 and <= 0xFF9D: return HalfWidthKatakana[value - 0xFF66];
            case 0x3C2: return 'σ';
            case 0x451: return 'е';
            default: return GreekBase(value);
        }
    }

    private static int VietnameseBase(int value)
    {
        var offset = value - 0x1EA0;
        foreach (var (count, letter) in Vietnamese)
        {
            if (offset < count)
            {
                return letter;
            }

            offset -= count;
        }

        return value;
    }

    private static int GreekBase(int value) => value switch
    {
        0x3AC => 'α',
        0x3AD => 'ε',
        0x3AE => 'η',
        0x3AF or 0x390 or 0x3CA => 'ι',
        0x3CC => 'ο',
        0x3CD or 0x3B0 or 0x3CB => 'υ',
        0x3CE => 'ω',
        _ => value,
    };

    // A separate (half-width or spacing) voiced sound mark joins the kana before it: ｶﾞ is ガ.
    private static void AddSoundMark(StringBuilder builder, int mark)
    {
        if (builder.Length == 0)
        {
            return;
        }

        var katakana = (char)(builder[^1] + 0x60);
        var semiVoiced = mark is 0xFF9F or 0x309C or 0x309A;
        var index = Voiceable.IndexOf(katakana, StringComparison.Ordinal);
        if (index < 0 || (semiVoiced && index is < 15 or > 19))
        {
            return;
        }

        builder[^1] = katakana == 'ウ' ? 'ゔ' : (char)(builder[^1] + (semiVoiced ? 2 : 1));
    }

    private static bool IsDropped(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
