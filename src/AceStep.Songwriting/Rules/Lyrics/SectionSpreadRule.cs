using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Rules.Lyrics;

/// <summary>L2b: lines in the same position of matching sections (verse against verse, chorus against chorus) differ by more than 2 syllables, so the melody cannot repeat.</summary>
internal sealed class SectionSpreadRule()
    : LintRule("L2b", LintSeverity.Warning, LintTarget.Lyrics, "Matching sections keep line lengths within ±2 syllables, line by line")
{
    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        var groups = context.Lyrics.Sections
            .Where(section => section.Tag is not null && section.Role == SectionRole.Vocal)
            .GroupBy(section => section.Family);
        foreach (var group in groups)
        {
            var sections = group.ToList();
            var reference = Counted(context, sections[0]);
            foreach (var later in sections.Skip(1))
            {
                foreach (var finding in Compare(sections[0], reference, later, Counted(context, later)))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<LintFinding> Compare(LyricsSection first, List<(LyricLine Line, int? Count)> reference, LyricsSection later, List<(LyricLine Line, int? Count)> lines)
    {
        for (var position = 0; position < Math.Min(reference.Count, lines.Count); position++)
        {
            if (reference[position].Count is { } expected && lines[position].Count is { } actual && Math.Abs(actual - expected) > SyllableGuidance.Spread)
            {
                var line = lines[position].Line;
                yield return At(
                    line.Line,
                    line.Column,
                    $"Line {position + 1} of {later.Name} has {actual} syllables; line {position + 1} of {first.Name} (line {reference[position].Line.Line}) has {expected}. The melody repeats, so keep them within ±{SyllableGuidance.Spread}.",
                    $"Rewrite it to {expected - SyllableGuidance.Spread}–{expected + SyllableGuidance.Spread} syllables.");
            }
        }
    }

    private static List<(LyricLine Line, int? Count)> Counted(LintContext context, LyricsSection section) =>
        section.Lines.Where(line => !line.IsBacking).Select(line => (line, SyllableGuidance.Count(context, line))).ToList();
}
