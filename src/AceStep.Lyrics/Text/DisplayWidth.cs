using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>
/// How many columns text takes on screen: CJK and Hangul characters are as wide as two Latin letters (half-width
/// forms are one), combining marks take none. Line lengths are measured in columns so that one limit fits every script.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Of(rune);
        }

        return columns;
    }

    public static int Of(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        var value = rune.Value;
        if (value is (>= 0xFF61 and <= 0xFFDC) or (>= 0xFFE8 and <= 0xFFEE))
        {
            return 1; // half-width katakana, Hangul and symbols
        }

        if (value is >= 0x1160 and <= 0x11FF)
        {
            return 0; // conjoining Hangul vowels and finals draw inside the initial's cell
        }

        return ScriptClassifier.Classify(rune) is ScriptKind.Cjk or ScriptKind.Hangul ? 2 : 1;
    }
}
