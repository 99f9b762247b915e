using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C2: the caption asks for two styles at once that the model fuses badly ("classical strings" with "hardcore metal").</summary>
internal sealed class ConflictingStylesRule()
    : LintRule("C2", LintSeverity.Warning, LintTarget.Caption, "No conflicting styles in one caption (unless phrased as a change over time)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.CaptionDescribesEvolution)
        {
            yield break;
        }

        foreach (var (first, second) in StyleConflicts.Pairs)
        {
            if (context.Caption.First(first) is { } one && context.Caption.First(second) is { } other && one.Index != other.Index)
            {
                var later = one.Index > other.Index ? one : other;
                var earlier = one.Index > other.Index ? other : one;
                yield return InCaption(
                    later.Column,
                    $"\"{earlier.Term}\" and \"{later.Term}\" pull in opposite directions; the model blends them into neither.",
                    $"Keep the one you want (repeat it to strengthen it), or describe a change: \"starts {earlier.Term}, becomes {later.Term}\".");
            }
        }
    }
}
