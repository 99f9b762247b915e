using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>
/// L4: how the model reads typography: UPPERCASE is sung with more intensity (shouted), (parentheses) are backing
/// vocals, and stretched vowels ("Feeeling") are unstable. Reported as information so the author knows it is deliberate.
/// </summary>
internal sealed partial class IntensityMarksRule()
    : LintRule("L4", LintSeverity.Info, LintTarget.Lyrics, "UPPERCASE = shouted, (parentheses) = backing vocals, stretched vowels are unstable")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var line in context.Lyrics.SungLines)
        {
            if (IsShouted(line.LeadText))
            {
                yield return At(line.Line, line.Column, "This line is in UPPERCASE: it will be sung with more intensity, close to shouting.", "Keep it if you want that; otherwise write it in normal case.");
            }

            var backing = line.Text.IndexOf('(', StringComparison.Ordinal);
            if (backing >= 0)
            {
                yield return At(line.Line, line.Column + backing, "Text in parentheses is sung as backing vocals or harmonies.", "Keep it for echoes and harmonies; remove the parentheses if the lead should sing it.");
            }

            if (Stretched().Match(line.Text) is { Success: true } stretched)
            {
                yield return At(line.Line, line.Column + stretched.Index, $"\"{stretched.Value}\" stretches a vowel; the effect is unstable (sometimes ignored or mispronounced).", "Use the normal spelling and let the melody hold the note, or accept the risk.");
            }
        }
    }

    private static bool IsShouted(string text)
    {
        var cased = text.Where(character => char.IsUpper(character) || char.IsLower(character)).ToList();
        return cased.Count >= 4 && cased.All(char.IsUpper);
    }

    [GeneratedRegex(@"\p{L}*([aeiouAEIOU])\1{2,}\p{L}*")]
    private static partial Regex Stretched();
}
