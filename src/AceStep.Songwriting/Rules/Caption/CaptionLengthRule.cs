namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C4: the model reads at most 512 characters of caption; the rest is dropped.</summary>
internal sealed class CaptionLengthRule()
    : LintRule("C4", LintSeverity.Error, LintTarget.Caption, "The caption is at most 512 characters")
{
    public const int MaximumCharacters = 512;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var length = (context.Draft.Caption ?? "").EnumerateRunes().Count();
        if (length > MaximumCharacters)
        {
            yield return InCaption(
                MaximumCharacters + 1,
                $"The caption is {length} characters; the model reads only the first {MaximumCharacters}.",
                $"Shorten it by {length - MaximumCharacters} characters: keep style, emotion, instruments and vocals; move structure to the lyrics tags.");
        }
    }
}
