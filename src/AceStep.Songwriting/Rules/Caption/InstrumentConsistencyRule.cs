using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C5a: an instrument a lyrics tag calls for (<c>[Sax Solo]</c>, <c>[Intro - piano]</c>) that the caption neither names nor implies by genre.</summary>
internal sealed class InstrumentConsistencyRule()
    : LintRule("C5a", LintSeverity.Warning, LintTarget.Lyrics, "Instruments in lyrics tags appear in the caption")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (!context.HasCaption)
        {
            yield break;
        }

        var covered = InstrumentVocabulary.CoveredBy(context.Caption);
        foreach (var tag in context.Lyrics.Tags)
        {
            foreach (var (family, match) in InstrumentVocabulary.NamedIn(tag.Words))
            {
                if (!covered.Contains(family))
                {
                    yield return At(
                        tag.Line,
                        tag.Column,
                        $"{tag.Display} calls for {match.Term}, but the caption does not mention it; the model follows the caption's instruments.",
                        $"Add \"{match.Term}\" to the caption, or change the tag to an instrument the caption names.");
                }
            }
        }
    }
}
