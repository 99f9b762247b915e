namespace AceStep.Lyrics.Alignment;

/// <summary>
/// How alike a heard token and a written one are, from 0 (nothing in common) to 1 (the same after folding). Words
/// score the better of their spelling similarity and its average with their sound similarity; characters are equal or
/// not, except Hangul blocks, which share part of their sound when their consonants or vowel agree, and Thai-like
/// letters that differ only in their marks.
/// </summary>
internal static class TokenSimilarity
{
    private const double HangulPartWeight = 0.85 / 3;
    private const double SameBaseLetter = 0.5;

    public static double Of(AlignmentToken heard, AlignmentToken written, string heardSound, string writtenSound)
    {
        if (heard.Kind != written.Kind)
        {
            return 0;
        }

        if (string.Equals(heard.Key, written.Key, StringComparison.Ordinal))
        {
            return 1;
        }

        if (heard.Kind is TokenKind.Character)
        {
            return CharacterSimilarity(heard.Key, written.Key);
        }

        var spelling = EditDistance.Similarity(heard.Key, written.Key);
        var sound = EditDistance.Similarity(heardSound, writtenSound);
        return Math.Max(spelling, (spelling + sound) / 2);
    }

    private static double CharacterSimilarity(string heard, string written)
    {
        if (heard.Length == 1 && written.Length == 1 && IsHangulSyllable(heard[0]) && IsHangulSyllable(written[0]))
        {
            int left = heard[0] - 0xAC00, right = written[0] - 0xAC00;
            var shared = (left / 588 == right / 588 ? 1 : 0) + (left % 588 / 28 == right % 588 / 28 ? 1 : 0) + (left % 28 == right % 28 ? 1 : 0);
            return shared * HangulPartWeight;
        }

        return heard[0] == written[0] ? SameBaseLetter : 0;
    }

    private static bool IsHangulSyllable(char character) => character is >= '\uAC00' and <= '\uD7A3';
}
