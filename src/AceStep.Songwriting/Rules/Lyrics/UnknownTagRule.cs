using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L1a: a tag head outside the documented vocabulary. Tags are open vocabulary, so this is advice only.</summary>
internal sealed class UnknownTagRule()
    : LintRule("L1a", LintSeverity.Info, LintTarget.Lyrics, "Tags come from the known vocabulary (free-form tags work, less predictably)")
{
    public override IEnumerable<LintFinding> Check(LintContext context) =>
        context.Lyrics.Tags
            .Where(tag => tag.Category == TagCategory.Unknown && tag.HasLetters)
            .Select(tag => At(
                tag.Line,
                tag.Column,
                $"[{tag.Head}] is not a documented tag; the model reads it as a free-form section name.",
                "Use a known tag ([Intro], [Verse], [Pre-Chorus], [Chorus], [Bridge], [Outro], [Build], [Drop], [Breakdown], [Instrumental]…) if one fits."));
}
