using System.Globalization;
using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>The punctuation that ends a sung phrase, and the trailing punctuation a displayed line does without.</summary>
internal static class LyricPunctuation
{
    private const string SentenceEnders = ".!?;…‼⁇⁈⁉‽。！？；｡؟۔।॥။፧";
    private const string Commas = ",，、､،፣";
    private const string DroppedAtLineEnd = ",.，。、､;；｡";
    private const string Closers = "\"'”’»›)]}）］｝」』】〉》〕〗〙〛";

    /// <summary>True when the word ends a phrase: a sentence ender or a comma, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsPhrase(string word, bool commasEndPhrases)
    {
        var end = word.AsSpan().TrimEnd().TrimEnd(Closers);
        if (end.IsEmpty)
        {
            return false;
        }

        var last = end[^1];
        return SentenceEnders.Contains(last, StringComparison.Ordinal) || (commasEndPhrases && Commas.Contains(last, StringComparison.Ordinal));
    }

    /// <summary>The text without the commas and full stops a lyric line shows no need for ("night," → "night"; "why?" stays).</summary>
    public static string TrimLineEnd(string text) => text.AsSpan().TrimEnd().TrimEnd(DroppedAtLineEnd).TrimEnd().ToString();

    /// <summary>True when the text has no letter, digit or mark: a stray "," or "…" a provider returned as a word of its own.</summary>
    public static bool IsPunctuationOnly(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                return false;
            }
        }

        return true;
    }
}
