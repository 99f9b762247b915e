using AceStep.Lyrics.Text;

namespace AceStep.Songwriting.Text;

/// <summary>
/// The sung syllables of a lyric line for the line-length rules, counted by AceStep.Lyrics' <see cref="SyllableCounter"/>;
/// null for lines in scripts it can only estimate (see <see cref="ScriptClassifier.HasUncountableLetters"/>).
/// </summary>
internal static class LineSyllables
{
    // The counter applies the English silent-e, -ed and -es rules for English or an unknown language; "und" (ISO 639
    // "undetermined" but named) turns them off for the other languages written in Latin letters.
    public static int? Count(string text, bool englishRules) =>
        ScriptClassifier.HasUncountableLetters(text) ? null : SyllableCounter.Count(text, englishRules ? "en" : "und");
}
