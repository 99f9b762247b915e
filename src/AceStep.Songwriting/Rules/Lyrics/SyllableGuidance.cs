using AceStep.Songwriting.Parsing;
using AceStep.Songwriting.Text;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>
/// The singable line: 6–10 syllables fit the beat; lines in the same place of matching sections stay within ±2 of
/// each other; more than 14 cannot be sung in one breath.
/// </summary>
internal static class SyllableGuidance
{
    public const int Fewest = 6;
    public const int Most = 10;
    public const int MostInOneBreath = 14;
    public const int Spread = 2;

    /// <summary>
    /// The lead vocal's syllables in a line, or null where there is nothing to judge: backing-only lines, lines without
    /// words ("…", reported as truncation) and scripts the counter cannot read.
    /// </summary>
    public static int? Count(LintContext context, LyricLine line) =>
        line.IsBacking ? null : LineSyllables.Count(line.LeadText, context.UsesEnglishSyllableRules) is > 0 and var count ? count : null;
}
