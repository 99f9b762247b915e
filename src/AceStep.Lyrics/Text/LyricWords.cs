using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>
/// Splits a lyric line into the words that get their own times: space-separated words for spaced scripts and for
/// Thai-like runs, one character per word for CJK. Punctuation stays with the word it touches (a closing mark with the
/// word before it, an opening one with the word after), so joining the words with <see cref="WordJoiner"/> gives the
/// line back.
/// </summary>
public static class LyricWords
{
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = new List<string>();
        foreach (var chunk in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            SplitChunk(chunk, words);
        }

        return words;
    }

    private static void SplitChunk(string chunk, List<string> words)
    {
        var current = new StringBuilder();
        var hasLetter = false;
        var isCjkCharacter = false;
        foreach (var rune in chunk.EnumerateRunes())
        {
            var cjkLetter = IsCjkLetter(rune);
            var otherLetter = !cjkLetter && IsLetterLike(rune);
            if ((cjkLetter && hasLetter) || (otherLetter && hasLetter && isCjkCharacter))
            {
                words.Add(current.ToString());
                current.Clear();
                hasLetter = false;
            }

            current.Append(rune.ToString());
            if (cjkLetter || otherLetter)
            {
                hasLetter = true;
                isCjkCharacter = cjkLetter;
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
    }

    internal static bool IsCjkLetter(Rune rune) =>
        ScriptClassifier.Classify(rune) is ScriptKind.Cjk && (Rune.IsLetterOrDigit(rune) || rune.Value is 'ー' or '々' or '〆' or '〇');

    internal static bool IsLetterLike(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
