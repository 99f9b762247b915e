namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M3b: a real time signature the model does not know (5/4, 7/8, 12/8…): it is sent as given and the result varies by style.</summary>
internal sealed class AdvancedMeterRule()
    : LintRule("M3b", LintSeverity.Warning, LintTarget.TimeSignature, "The time signature is one the model knows (2/4, 3/4, 4/4, 6/8)")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.TimeSignature is { } meter && TimeSignatureFormatRule.IsWellFormed(meter) && !TimeSignatureFormatRule.IsModelMeter(meter))
        {
            yield return About($"{meter.Trim()} is an advanced meter; the model knows 2/4, 3/4, 4/4 and 6/8, and other meters come out differently from style to style.", "Use 4/4, 3/4 or 6/8 unless the odd meter is the point; then describe it in the caption too and check the result.");
        }
    }
}
