using System.Text;

namespace AceStep.Songwriting.Text;

/// <summary>
/// Counts sung syllables in a lyric line. Chinese characters, kana and Hangul blocks count one each (small kana that
/// bend the previous sound count none). Words in Latin, Greek and Cyrillic letters count their vowel groups, with
/// English silent-e, -es and -ed endings taken off when <c>englishRules</c> is set. The count is a songwriting
/// estimate (±1 on unusual words), not a dictionary syllabification.
/// </summary>
internal static class SyllableCounter
{
    private const string LatinVowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūăĕĭŏŭąęįų";
    private const string CyrillicVowels = "аеёиоуыэюяіїє";
    private const string GreekVowels = "αεηιουωάέήίόύώϊϋΐΰ";
    private const string SmallKana = "ぁぃぅぇぉゃゅょゎゕゖァィゥェォャュョヮヵヶ";

    /// <summary>The syllable count, or null when the line holds letters of a script this counter cannot judge (Thai, Arabic…).</summary>
    public static int? Count(string text, bool englishRules)
    {
        var total = 0;
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptClassifier.Of(rune);
            if (script is WritingScript.Latin or WritingScript.Greek or WritingScript.Cyrillic)
            {
                word.Append(char.ToLowerInvariant((char)rune.Value));
                continue;
            }

            if (IsApostrophe(rune) && word.Length > 0)
            {
                continue;
            }

            total += CountWord(word.ToString(), englishRules);
            word.Clear();
            if (ScriptClassifier.IsSyllabic(script))
            {
                total += SmallKana.Contains((char)rune.Value, StringComparison.Ordinal) ? 0 : 1;
            }
            else if (Rune.IsDigit(rune))
            {
                total++;
            }
            else if (script != WritingScript.None)
            {
                return null;
            }
        }

        return total + CountWord(word.ToString(), englishRules);
    }

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2019';

    private static int CountWord(string word, bool englishRules)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var groups = CountVowelGroups(word);
        if (englishRules && groups > 1)
        {
            groups -= SilentEnding(word) ? 1 : 0;
        }

        return Math.Max(1, groups);
    }

    private static int CountVowelGroups(string word)
    {
        var groups = 0;
        var previousWasVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = IsVowel(word, i);
            if (vowel && (!previousWasVowel || SplitsFromPrevious(word, i)))
            {
                groups++;
            }

            previousWasVowel = vowel;
        }

        return groups;
    }

    private static bool IsVowel(string word, int index)
    {
        var letter = word[index];
        if (letter == 'y')
        {
            return index > 0;
        }

        return LatinVowels.Contains(letter, StringComparison.Ordinal)
            || CyrillicVowels.Contains(letter, StringComparison.Ordinal)
            || GreekVowels.Contains(letter, StringComparison.Ordinal);
    }

    // "pi-a-no", "li-on": these pairs are two syllables, except in endings such as -tion, -sion, -cial.
    private static bool SplitsFromPrevious(string word, int index)
    {
        if (index < 1 || word[index - 1] != 'i' || word[index] is not ('a' or 'o'))
        {
            return false;
        }

        return index < 2 || word[index - 2] is not ('t' or 's' or 'c' or 'x' or 'g');
    }

    private static bool SilentEnding(string word)
    {
        var length = word.Length;
        if (length >= 3 && word[^1] == 'e' && !IsVowel(word, length - 2))
        {
            // "little", "table": a consonant before "le" keeps its own syllable.
            return !(word[^2] == 'l' && length >= 4 && !IsVowel(word, length - 3));
        }

        if (length >= 4 && word[^1] == 's' && word[^2] == 'e')
        {
            return word[^3] is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') && !IsVowel(word, length - 3);
        }

        return length >= 4 && word[^1] == 'd' && word[^2] == 'e' && word[^3] is not ('t' or 'd') && !IsVowel(word, length - 3);
    }
}
