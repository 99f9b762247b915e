namespace AceStep.Lyrics.Text;

/// <summary>Syllables of one folded (lower-case, unaccented) Latin, Greek or Cyrillic word, by its written vowels.</summary>
internal static class VowelGroups
{
    private const string CyrillicVowels = "аеиоуыэюяіїє";
    private const string GreekVowels = "αεηιουω";

    /// <param name="word">The word folded (lower case, no accents).</param>
    /// <param name="englishRules">Apply the silent-e, -ed and -es rules (not for "café", whose e is sounded).</param>
    public static int Count(string word, bool englishRules)
    {
        if (word.AsSpan().IndexOfAny(CyrillicVowels) >= 0)
        {
            // Every written Cyrillic vowel is sounded: "поэт" has two syllables.
            return Math.Max(1, word.Count(CyrillicVowels.Contains));
        }

        var groups = 0;
        var inVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = IsVowel(word, i);
            if (vowel && !inVowel)
            {
                groups++;
            }

            inVowel = vowel;
        }

        if (englishRules && groups > 1 && HasSilentEnding(word))
        {
            groups--;
        }

        return Math.Max(1, groups + SplitVowelPairs(word));
    }

    // Vowel pairs sounded as two syllables: "piano", "radio", "actual"; not in "special", "nation", "million", "quality".
    private static int SplitVowelPairs(string word)
    {
        var splits = 0;
        for (var i = 1; i < word.Length - 1; i++)
        {
            var before = word[i - 1];
            splits += (word[i], word[i + 1]) switch
            {
                ('i', 'a') when before is not ('c' or 's' or 't') => 1,
                ('i', 'o') when before is not ('c' or 's' or 't' or 'x' or 'l' or 'n') => 1,
                ('u', 'a') when before is not ('q' or 'g') => 1,
                _ => 0,
            };
        }

        return splits;
    }

    // A leading y is a consonant ("you", "yes"); elsewhere it sounds as a vowel ("city", "rhythm").
    private static bool IsVowel(string word, int index) =>
        word[index] is 'a' or 'e' or 'i' or 'o' or 'u' || (word[index] == 'y' && index > 0) || GreekVowels.Contains(word[index], StringComparison.Ordinal);

    private static bool HasSilentEnding(string word)
    {
        if (word.EndsWith('e') && word.Length >= 2 && !IsVowel(word, word.Length - 2))
        {
            // "make", "love" lose the e; "table", "little" keep it as a syllable ("agree" is one vowel group already).
            return !(word.Length >= 3 && word[^2] == 'l' && !IsVowel(word, word.Length - 3));
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 3)
        {
            return word[^3] is not ('t' or 'd'); // "loved" is one syllable, "wanted" two
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length >= 3)
        {
            var stem = word[..^2];
            return !(stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z')
                || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)
                || stem.EndsWith("ce", StringComparison.Ordinal) || stem.EndsWith("ge", StringComparison.Ordinal)
                || stem.EndsWith('c') || stem.EndsWith('g'));
        }

        return false;
    }
}
