namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// A singer's syllables, roughly: one per Chinese character, kana or Hangul block; vowel groups for Latin words (a
/// final silent "e" not counted); at least one for any word with letters or digits; none for bare punctuation.
/// </summary>
internal static class SyllableCounter
{
    public static int Count(string word)
    {
        var characters = 0;
        var vowelGroups = 0;
        var inVowel = false;
        var hasLetters = false;
        foreach (var c in word)
        {
            if (LyricScript.IsCharacterWord(c) || LyricScript.IsHangul(c))
            {
                characters++;
                inVowel = false;
                continue;
            }

            hasLetters |= char.IsLetterOrDigit(c);
            var vowel = "aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûüÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ".Contains(c);
            if (vowel && !inVowel)
            {
                vowelGroups++;
            }

            inVowel = vowel;
        }

        string letters = new(word.Where(char.IsLetter).ToArray());
        if (vowelGroups > 1 && letters.EndsWith('e') && !letters.EndsWith("le", StringComparison.Ordinal))
        {
            vowelGroups--;
        }

        var latin = hasLetters ? Math.Max(1, vowelGroups) : 0;
        return characters + (characters > 0 && vowelGroups == 0 ? 0 : latin);
    }
}
