namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L1b: more than two modifiers in one tag (<c>[Chorus - anthemic - stacked harmonies - high energy]</c>); detailed style belongs in the caption.</summary>
internal sealed class ModifierChainRule()
    : LintRule("L1b", LintSeverity.Warning, LintTarget.Lyrics, "At most two modifiers per tag")
{
    public const int MaximumModifiers = 2;

    public override IEnumerable<LintFinding> Check(LintContext context) =>
        context.Lyrics.Tags
            .Where(tag => tag.Modifiers.Count > MaximumModifiers)
            .Select(tag => At(
                tag.Line,
                tag.Column,
                $"{tag.Display} chains {tag.Modifiers.Count} modifiers; the model loses track after one or two.",
                $"Keep one or two (e.g. [{tag.Head} - {tag.Modifiers[0]}]) and move the rest of the style into the caption."));
}
