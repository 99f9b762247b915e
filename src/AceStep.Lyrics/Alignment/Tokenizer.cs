using System.Globalization;
using System.Text;
using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Alignment;

/// <summary>
/// Cuts text into alignment tokens: letters and digits of spaced scripts make words (split at hyphens and other
/// punctuation, so "ACE-Step" is two tokens and matches a heard "AC step"; apostrophes stay inside), every CJK
/// character and Hangul block is a token, and Thai-like scripts give one token per letter with its marks. Full-width
/// letters are read as ASCII first, so "Ｎｏｉｒ" is one word.
/// </summary>
internal static class Tokenizer
{
    public static List<AlignmentToken> Tokenize(string text, string? language)
    {
        var tokens = new List<AlignmentToken>();
        var word = new StringBuilder();
        var cluster = new StringBuilder();
        foreach (var rune in TextFolding.Width(text).EnumerateRunes())
        {
            var kind = ScriptClassifier.Classify(rune);
            var isMark = Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (kind is ScriptKind.SoutheastAsian && isMark && cluster.Length > 0)
            {
                cluster.Append(rune.ToString());
                continue;
            }

            AddCharacter(tokens, cluster);
            if (rune.Value is '\'' or '’' && word.Length > 0)
            {
                continue;
            }

            if ((kind is ScriptKind.Spaced || (kind is ScriptKind.Neutral && Rune.IsLetterOrDigit(rune))) && !LyricWords.IsCjkLetter(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            AddWord(tokens, word, language);
            if (LyricWords.IsCjkLetter(rune) || kind is ScriptKind.Hangul or ScriptKind.SoutheastAsian && Rune.IsLetterOrDigit(rune))
            {
                cluster.Append(rune.ToString());
            }
        }

        AddCharacter(tokens, cluster);
        AddWord(tokens, word, language);
        return tokens;
    }

    private static void AddWord(List<AlignmentToken> tokens, StringBuilder word, string? language)
    {
        if (word.Length == 0)
        {
            return;
        }

        var key = TextFolding.ForComparison(word.ToString());
        word.Clear();
        if (key.Length > 0)
        {
            tokens.Add(new AlignmentToken(key, TokenKind.Word, Math.Max(1, SyllableCounter.Count(key, language))));
        }
    }

    private static void AddCharacter(List<AlignmentToken> tokens, StringBuilder cluster)
    {
        if (cluster.Length == 0)
        {
            return;
        }

        var key = TextFolding.ForComparison(cluster.ToString());
        cluster.Clear();
        if (key.Length > 0)
        {
            tokens.Add(new AlignmentToken(key, TokenKind.Character, 1));
        }
    }
}
