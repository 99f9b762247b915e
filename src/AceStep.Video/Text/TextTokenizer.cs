using System.Text;
using AceStep.Lyrics;

namespace AceStep.Video.Text;

/// <summary>Cuts a lyric line into the pieces a line may break between: words at spaces, and each Han or kana character.</summary>
internal static class TextTokenizer
{
    public static IReadOnlyList<TextToken> Tokens(TimedLine line)
    {
        if (!line.HasWordTimes || !WordsSpellLine(line))
        {
            return Tokens(line.Text, wordIndex: -1);
        }

        var tokens = new List<TextToken>();
        for (var index = 0; index < line.Words.Count; index++)
        {
            var text = line.Words[index].Text.Trim();
            var joinsPrevious = index > 0 && IsSpaceless(line.Words[index - 1].Text) && IsSpaceless(text);
            tokens.Add(new TextToken(text, tokens.Count > 0 && !joinsPrevious, index));
        }

        return tokens;
    }

    public static IReadOnlyList<TextToken> Tokens(string text, int wordIndex)
    {
        var tokens = new List<TextToken>();
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var spaceBefore = tokens.Count > 0;
            var word = new StringBuilder();
            foreach (var rune in chunk.EnumerateRunes())
            {
                if (!TextScript.BreaksAnywhere(rune))
                {
                    word.Append(rune.ToString());
                    continue;
                }

                Flush(ref spaceBefore);
                tokens.Add(new TextToken(rune.ToString(), spaceBefore, wordIndex));
                spaceBefore = false;
            }

            Flush(ref spaceBefore);

            void Flush(ref bool space)
            {
                if (word.Length > 0)
                {
                    tokens.Add(new TextToken(word.ToString(), space, wordIndex));
                    word.Clear();
                    space = false;
                }
            }
        }

        return tokens;
    }

    // Word times are used only when the words are the whole line: an LRC line can carry text before its first word
    // time, which highlighting the timed words alone would drop from the screen.
    private static bool WordsSpellLine(TimedLine line) =>
        string.Concat(line.Words.Select(word => Letters(word.Text))) == Letters(line.Text);

    private static string Letters(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));

    private static bool IsSpaceless(string text) =>
        text.Length > 0 && text.EnumerateRunes().All(rune => TextScript.BreaksAnywhere(rune) || Rune.IsPunctuation(rune));
}
