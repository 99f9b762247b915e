namespace AceStep.Simulator.Providers.Vocals;

/// <summary>Which characters are sung one syllable each and written without spaces (Chinese, Japanese kana).</summary>
internal static class LyricScript
{
    public static bool IsCharacterWord(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
