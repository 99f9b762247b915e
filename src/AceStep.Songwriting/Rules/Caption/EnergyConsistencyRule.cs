using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C5b: energy tags in the lyrics that contradict the caption's mood (a calm, melancholic caption with <c>[explosive]</c>).</summary>
internal sealed class EnergyConsistencyRule()
    : LintRule("C5b", LintSeverity.Warning, LintTarget.Lyrics, "Energy tags in the lyrics match the caption's emotion")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (!context.HasCaption || context.CaptionDescribesEvolution)
        {
            yield break;
        }

        var high = context.Caption.First(EnergyVocabulary.CaptionHigh);
        var low = context.Caption.First(EnergyVocabulary.CaptionLow);
        var (mood, opposite) = (high, low) switch
        {
            (null, { } calm) => (calm, EnergyVocabulary.TagHigh),
            ({ } lively, null) => (lively, EnergyVocabulary.TagLow),
            _ => ((TermMatch?)null, Array.Empty<string>()),
        };
        if (mood is not { } captionMood)
        {
            yield break;
        }

        foreach (var tag in context.Lyrics.Tags)
        {
            if (tag.Words.First(opposite) is { } clash)
            {
                yield return At(
                    tag.Line,
                    tag.Column,
                    $"{tag.Display} asks for \"{clash.Term}\" but the caption's mood is \"{captionMood.Term}\"; the model cannot follow both.",
                    $"Change the tag to match \"{captionMood.Term}\", or describe the change in the caption (\"starts {captionMood.Term}, builds to {clash.Term}\").");
            }
        }
    }
}
