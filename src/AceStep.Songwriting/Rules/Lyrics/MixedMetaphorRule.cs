using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>
/// L5c: three or more families of imagery (water, fire, flight…) each used at least twice: mixed metaphors leave the
/// listener nothing to hold on to. One core metaphor per song works better. Advice only: it is a heuristic.
/// </summary>
internal sealed class MixedMetaphorRule()
    : LintRule("L5c", LintSeverity.Info, LintTarget.Lyrics, "One core metaphor per song")
{
    public const int FamiliesThatMix = 3;
    public const int UsesThatCount = 2;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var uses = new Dictionary<string, List<(int Line, int Column)>>(StringComparer.Ordinal);
        foreach (var line in context.Lyrics.SungLines)
        {
            var words = new NormalizedText(line.Text);
            foreach (var (family, terms) in LyricsVocabulary.Imagery)
            {
                foreach (var match in words.Find(terms))
                {
                    (uses.TryGetValue(family, out var list) ? list : uses[family] = []).Add((line.Line, line.Column + match.Index));
                }
            }
        }

        var leaning = uses.Where(use => use.Value.Count >= UsesThatCount).OrderBy(use => use.Value.Min()).ToList();
        if (leaning.Count >= FamiliesThatMix)
        {
            var third = leaning[FamiliesThatMix - 1].Value.Min();
            var names = string.Join(", ", leaning.Select(use => use.Key));
            yield return At(
                third.Line,
                third.Column,
                $"The lyrics lean on {leaning.Count} kinds of imagery ({names}); mixed metaphors leave the listener nothing to hold on to.",
                $"Pick one ({leaning[0].Key}) and explore it; rewrite the images of the others.");
        }
    }
}
