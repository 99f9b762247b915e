using System.Text;

namespace AceStep.Lyrics.Alignment;

/// <summary>
/// A rough sound skeleton of an English-spelled word, so that mishearings that sound alike compare alike ("sores" and
/// "source" are both <c>srs</c>): consonants only (a leading vowel as <c>a</c>), voiced and voiceless pairs merged, soft c
/// as s, silent gh, kn and w/h/y dropped, doubled sounds once. Words of other scripts are their own key.
/// </summary>
internal static class SoundKey
{
    public static string Of(string foldedWord)
    {
        if (foldedWord.Length == 0 || foldedWord.Any(character => character is < 'a' or > 'z' and not (>= '0' and <= '9')))
        {
            return foldedWord;
        }

        var key = new StringBuilder(foldedWord.Length);
        for (var i = 0; i < foldedWord.Length; i++)
        {
            var character = foldedWord[i];
            var next = i + 1 < foldedWord.Length ? foldedWord[i + 1] : '\0';
            if (IsVowel(character) && !(character == 'y' && i == 0))
            {
                if (key.Length == 0)
                {
                    key.Append('a');
                }

                continue;
            }

            var (sound, skipNext) = Sound(character, next, i == 0);
            i += skipNext ? 1 : 0;
            foreach (var part in sound)
            {
                if (key.Length == 0 || key[^1] != part)
                {
                    key.Append(part);
                }
            }
        }

        return key.ToString();
    }

    private static bool IsVowel(char character) => character is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static (string Sound, bool SkipNext) Sound(char character, char next, bool first) => character switch
    {
        'p' when next == 'h' => ("f", true),
        'g' when next == 'h' => ("", true),
        'k' when first && next == 'n' => ("", false),
        'c' when next == 'h' => ("c", true),
        's' when next == 'h' => ("s", true),
        't' when next == 'h' => ("t", true),
        'c' when next is 'e' or 'i' or 'y' => ("s", false),
        'c' or 'q' or 'g' => ("k", false),
        'x' => ("ks", false),
        'z' => ("s", false),
        'b' => ("p", false),
        'd' => ("t", false),
        'v' => ("f", false),
        'w' or 'h' or 'y' => ("", false),
        _ => (character.ToString(), false),
    };
}
