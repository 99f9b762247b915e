using System.Text;

namespace AceStep.Songwriting.Text;

/// <summary>
/// Which writing system a letter belongs to, by Unicode block. AceStep.Lyrics groups scripts by how they separate
/// words (<c>ScriptKind</c>); the language rules need the writing system itself (Han apart from kana, Cyrillic apart
/// from Latin), so this finer split stays here.
/// </summary>
internal static class ScriptClassifier
{
    public static WritingScript Of(Rune rune)
    {
        if (!Rune.IsLetter(rune))
        {
            return WritingScript.None;
        }

        return rune.Value switch
        {
            <= 0x024F or (>= 0x1E00 and <= 0x1EFF) => WritingScript.Latin,
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => WritingScript.Greek,
            >= 0x0400 and <= 0x052F => WritingScript.Cyrillic,
            >= 0x0590 and <= 0x05FF => WritingScript.Hebrew,
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => WritingScript.Arabic,
            >= 0x0900 and <= 0x097F => WritingScript.Devanagari,
            >= 0x0E00 and <= 0x0E7F => WritingScript.Thai,
            (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) => WritingScript.Hangul,
            (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => WritingScript.Kana,
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF) => WritingScript.Han,
            _ => WritingScript.Other,
        };
    }

    /// <summary>How many letters of each script the text holds.</summary>
    public static Dictionary<WritingScript, int> Count(string text)
    {
        var counts = new Dictionary<WritingScript, int>();
        foreach (var rune in text.EnumerateRunes())
        {
            var script = Of(rune);
            if (script != WritingScript.None)
            {
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        return counts;
    }

    /// <summary>
    /// True when the text holds letters of a script whose vowels are mostly unwritten (Thai, Arabic, Hebrew, Devanagari…):
    /// a syllable count there is a rough estimate, too rough to judge a line's length by.
    /// </summary>
    public static bool HasUncountableLetters(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Of(rune) is not (WritingScript.None or WritingScript.Latin or WritingScript.Greek or WritingScript.Cyrillic) && !IsSyllabic(Of(rune)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for scripts where every character is sung as one syllable (Chinese, Japanese kana, Korean).</summary>
    public static bool IsSyllabic(WritingScript script) =>
        script is WritingScript.Han or WritingScript.Kana or WritingScript.Hangul;
}
