using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>
/// L5a: a line of stacked adjective-noun pairs ("neon skies, electric hearts, endless dreams"): vague imagery that
/// reads as machine-written. Detected as three or more comma-separated two- or three-word phrases with no pronoun,
/// article or verb-like function word.
/// </summary>
internal sealed class AdjectiveStackingRule()
    : LintRule("L5a", LintSeverity.Warning, LintTarget.Lyrics, "No stacked adjective-noun imagery")
{
    public const int StackedPhrases = 3;

    public override IEnumerable<LintFinding> Check(LintContext context) =>
        context.Lyrics.SungLines
            .Where(line => IsStacked(line.LeadText))
            .Select(line => At(
                line.Line,
                line.Column,
                $"\"{line.LeadText}\" stacks images with nothing happening; it reads as machine-written.",
                "Replace the list with one concrete image or action (who does what, where)."));

    private static bool IsStacked(string text)
    {
        var phrases = text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (phrases.Length < StackedPhrases)
        {
            return false;
        }

        return phrases.All(phrase =>
        {
            var words = phrase.Trim('.', '!', '?').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is 2 or 3 && words.All(word => word.Any(char.IsLetter) && !LyricsVocabulary.FunctionWords.Contains(word));
        });
    }
}
