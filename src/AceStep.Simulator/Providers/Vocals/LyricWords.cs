using System.Text;

namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// Splits a lyric line into sung words: at spaces for spaced scripts, one word per character for Chinese and kana;
/// punctuation stays attached to the word it follows ("night," "唱歌，").
/// </summary>
internal static class LyricWords
{
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                Flush(words, current);
            }
            else if (LyricScript.IsCharacterWord(c))
            {
                Flush(words, current);
                current.Append(c);
                Flush(words, current);
            }
            else if (!char.IsLetterOrDigit(c) && current.Length == 0 && words.Count > 0 && !IsOpening(c))
            {
                words[^1] += c;
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(words, current);
        return words;
    }

    private static bool IsOpening(char c) => c is '(' or '"' or '“' or '‘' or '「' or '『' or '（' or '\'';

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
