using System.Text.RegularExpressions;

namespace AceStep.Songwriting.Tests.Docs;

/// <summary>docs/lint.md and the songwriting skill must describe the rules and commands that exist.</summary>
public partial class LintDocTests
{
    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([RepositoryRoot(), .. path])).ReplaceLineEndings("\n");

    [Fact]
    public void The_lint_doc_has_a_row_for_every_rule_with_its_severity()
    {
        var doc = Read("docs", "lint.md");

        var missing = SongLinter.Rules
            .Where(rule => !doc.Contains($"\n| {rule.Id} | {LintFinding.SeverityName(rule.Severity)} |", StringComparison.Ordinal))
            .Select(rule => rule.Id)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_lint_doc_lists_no_rule_that_does_not_exist()
    {
        var ids = SongLinter.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

        var documented = RuleRow().Matches(Read("docs", "lint.md")).Select(match => match.Groups[1].Value).ToList();

        Assert.Equal(ids.Count, documented.Count);
        Assert.Subset(ids, documented.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void The_skill_tells_agents_to_lint_fix_and_then_generate()
    {
        var skill = Read("skills", "acestep-songwriting", "SKILL.md");

        Assert.StartsWith("---\nname: acestep-songwriting\n", skill, StringComparison.Ordinal);
        foreach (var expected in new[] { "./scripts/acestep.sh lint", "--json", "--strict", "--duration auto", "./scripts/acestep.sh generate" })
        {
            Assert.Contains(expected, skill, StringComparison.Ordinal);
        }

        Assert.True(skill.IndexOf("acestep.sh lint", StringComparison.Ordinal) < skill.IndexOf("acestep.sh generate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_skills_structure_example_lints_clean()
    {
        var skill = Read("skills", "acestep-songwriting", "SKILL.md");
        var section = skill[skill.IndexOf("### Structure", StringComparison.Ordinal)..];
        var open = section.IndexOf("```\n", StringComparison.Ordinal) + 4;
        var lyrics = section[open..section.IndexOf("\n```", open, StringComparison.Ordinal)];

        var report = SongLinter.Lint(new SongDraft { Caption = "sad piano ballad, female breathy vocal, warm strings, intimate", Lyrics = lyrics, Bpm = 72, KeyScale = "A minor", VocalLanguage = "en" });

        Assert.Empty(report.Findings);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AceStep.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (AceStep.slnx) was not found.");
    }

    [GeneratedRegex(@"^\| ([CLM]\d[a-d]?) \| (?:error|warning|info) \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
