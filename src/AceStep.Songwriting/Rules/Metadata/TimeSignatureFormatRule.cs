using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Rules.Metadata;

/// <summary>M3a: a time signature that is not one (the model takes 2/4, 3/4, 4/4 and 6/8, or 2, 3, 4 and 6).</summary>
internal sealed partial class TimeSignatureFormatRule()
    : LintRule("M3a", LintSeverity.Error, LintTarget.TimeSignature, "The time signature is beats/note value (4/4, 3/4, 6/8) or 2, 3, 4, 6")
{
    public static bool IsModelMeter(string meter) => meter.Trim() is "2/4" or "3/4" or "4/4" or "6/8" or "2" or "3" or "4" or "6";

    public static bool IsWellFormed(string meter) => IsModelMeter(meter) || Fraction().IsMatch(meter);

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Draft.TimeSignature is { } meter && !IsWellFormed(meter))
        {
            yield return About($"--time-signature \"{meter}\" is not a time signature.", "Use 4/4 (most reliable), 3/4 (waltz) or 6/8 (swing feel), or leave it out.");
        }
    }

    [GeneratedRegex(@"^\s*(?:[1-9]|1[0-6])\s*/\s*(?:1|2|4|8|16|32)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();
}
