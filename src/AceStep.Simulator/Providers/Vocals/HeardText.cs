using System.Text;

namespace AceStep.Simulator.Providers.Vocals;

/// <summary>Spelling heard words the way services print them: joined with spaces, except between Chinese or kana characters; Whisper's words without punctuation.</summary>
internal static class HeardText
{
    public static string Join(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && !(EndsWithCharacterWord(text) && LyricScript.IsCharacterWord(word[0])))
            {
                text.Append(' ');
            }

            text.Append(word);
        }

        return text.ToString();
    }

    private static bool EndsWithCharacterWord(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsPunctuation(text[i]))
            {
                return LyricScript.IsCharacterWord(text[i]);
            }
        }

        return false;
    }

    /// <summary>Whisper's word tokens carry no punctuation: "night," is heard as "night", "唱歌，" as "唱歌". Inner apostrophes stay ("don't").</summary>
    public static string WithoutPunctuation(string word) => word.Trim().Trim(PunctuationOf(word)).Trim();

    private static char[] PunctuationOf(string word) => [.. word.Where(static c => char.IsPunctuation(c) || char.IsSymbol(c)).Distinct()];
}
