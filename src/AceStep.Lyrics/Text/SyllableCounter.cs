using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>
/// Counts sung syllables the way songwriters count them: one per CJK character (small kana join the one before, CJK
/// punctuation counts nothing), one per Hangul block, vowel groups for Latin words (with the English silent-e, -ed and
/// -es rules unless the language says otherwise), one per vowel letter in Cyrillic, and about one per two letters in
/// scripts whose vowels are mostly unwritten (Thai, Lao, Khmer, Myanmar, Arabic, Hebrew, Indic). It is a heuristic: good
/// to a syllable or so per line, which is what line lengths and timing estimates need.
/// </summary>
public static class SyllableCounter
{
    private const string SmallKana = "ぁぃぅぇぉゃゅょゎゕゖァィゥェォャュョヮヵヶ";

    /// <param name="text">A word, a line or a whole lyric; tags are not recognised here (strip them first).</param>
    /// <param name="language">ISO 639 code when known; English spelling rules apply for <c>en</c> and when it is unknown (null, empty or <c>unknown</c>).</param>
    public static int Count(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var englishRules = string.IsNullOrEmpty(language) || language.Equals("unknown", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var total = 0;
        var word = new StringBuilder();
        var wordKind = ScriptKind.Neutral;
        foreach (var rune in TextFolding.Width(text).EnumerateRunes())
        {
            var kind = ScriptClassifier.Classify(rune);
            if (kind is ScriptKind.Spaced or ScriptKind.SoutheastAsian)
            {
                if (kind != wordKind)
                {
                    total += CountWord(word, wordKind, englishRules);
                }

                word.Append(rune.ToString());
                wordKind = kind;
            }
            else if (rune.Value is '\'' or '’' && word.Length > 0)
            {
                word.Append('\'');
            }
            else
            {
                total += CountWord(word, wordKind, englishRules) + CountCharacter(rune, kind);
                wordKind = ScriptKind.Neutral;
            }
        }

        return total + CountWord(word, wordKind, englishRules);
    }

    private static int CountCharacter(Rune rune, ScriptKind kind)
    {
        if (kind is ScriptKind.Hangul)
        {
            return rune.Value is >= 0xAC00 and <= 0xD7A3 ? 1 : 0;
        }

        if (Rune.IsDigit(rune))
        {
            return 1;
        }

        if (kind is not ScriptKind.Cjk || !Rune.IsLetter(rune) && rune.Value != 'ー')
        {
            return 0;
        }

        return rune.IsBmp && SmallKana.Contains((char)rune.Value, StringComparison.Ordinal) ? 0 : 1;
    }

    private static int CountWord(StringBuilder word, ScriptKind kind, bool englishRules)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var original = word.ToString().ToLowerInvariant();
        var text = TextFolding.ForComparison(original);
        word.Clear();
        if (text.Length == 0)
        {
            return 0;
        }

        if (kind is ScriptKind.SoutheastAsian || !HasKnownVowels(text))
        {
            return Math.Max(1, (int)Math.Round(CountBaseLetters(text) / 2.0, MidpointRounding.AwayFromZero));
        }

        return VowelGroups.Count(text, englishRules && original.EndsWith(text[^1]));
    }

    private static bool HasKnownVowels(string text)
    {
        foreach (var character in text)
        {
            if (character is >= 'a' and <= 'z' or >= 'α' and <= 'ω' or >= 'а' and <= 'я' or 'і' or 'ї' or 'є')
            {
                return true;
            }
        }

        return false;
    }

    private static int CountBaseLetters(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                count++;
            }
        }

        return count;
    }
}
