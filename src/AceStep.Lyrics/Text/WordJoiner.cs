using System.Text;

namespace AceStep.Lyrics.Text;

/// <summary>
/// Joins words the way each script writes them: a space between words of spaced scripts (Latin, Hangul, Cyrillic…),
/// none where either side is written without spaces (CJK, Thai, Lao, Khmer, Myanmar).
/// </summary>
public static class WordJoiner
{
    public static bool NeedsSpace(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        Rune.DecodeLastFromUtf16(left, out var last, out _);
        Rune.DecodeFromUtf16(right, out var first, out _);
        return !ScriptClassifier.IsWrittenWithoutSpaces(last) && !ScriptClassifier.IsWrittenWithoutSpaces(first);
    }

    public static string Join(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var builder = new StringBuilder();
        string? previous = null;
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (previous is not null && NeedsSpace(previous, word))
            {
                builder.Append(' ');
            }

            builder.Append(word);
            previous = word;
        }

        return builder.ToString();
    }
}
