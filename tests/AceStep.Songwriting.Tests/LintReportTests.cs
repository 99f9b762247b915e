using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests;

public class LintReportTests
{
    [Fact]
    public void Information_alone_is_clean_and_never_blocks()
    {
        var report = SongLinter.Lint(Lint.CleanSong with { Bpm = 200 });

        Assert.Equal((LintOutcome.Clean, 0, 0, 1), (report.Outcome, report.Errors, report.Warnings, report.Infos));
        Assert.False(report.BlocksGeneration(strict: true));
    }

    [Fact]
    public void A_warning_makes_the_outcome_warnings_but_does_not_block_even_when_strict()
    {
        var report = SongLinter.Lint(Lint.CleanSong with { Caption = "sad song" });

        Assert.Equal(LintOutcome.Warnings, report.Outcome);
        Assert.False(report.BlocksGeneration(strict: true));
    }

    [Fact]
    public void An_error_blocks_generation_only_in_strict_mode()
    {
        var report = SongLinter.Lint(Lint.CleanSong with { Caption = "sad song", Bpm = 400 });

        Assert.Equal(LintOutcome.Errors, report.Outcome);
        Assert.True(report.BlocksGeneration(strict: true));
        Assert.False(report.BlocksGeneration(strict: false));
    }

    [Fact]
    public void Findings_come_errors_first_then_warnings_then_information()
    {
        var report = SongLinter.Lint(new SongDraft { Caption = "sad song", Lyrics = "[Verse]\nHold on\n[Chorus]\nYour lyrics here", Bpm = 400 });

        var severities = report.Findings.Select(finding => finding.Severity).ToList();
        Assert.Equal(severities.OrderByDescending(severity => severity), severities);
        Assert.Equal(3, severities.Distinct().Count());
    }

    [Fact]
    public void A_finding_prints_like_a_compiler_message()
    {
        var finding = Assert.Single(Lint.Rule(Lint.CleanSong with { Lyrics = "[Verse]\n[Chorus - a - b - c]\nI walked the road my father knew" }, "L1b"));

        Assert.StartsWith("lyrics:2:1: warning L1b: [Chorus - a - b - c] chains 3 modifiers", finding.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("(fix: Keep one or two (e.g. [Chorus - a]) and move the rest of the style into the caption.)", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Caption_and_metadata_findings_print_their_field()
    {
        var findings = SongLinter.Lint(Lint.CleanSong with { Caption = "folk, 90 bpm, male vocal", KeyScale = "H" }).Findings;

        Assert.Contains(findings, finding => finding.ToString().StartsWith("caption:7: warning C1:", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.ToString().StartsWith("key_scale: error M2a:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_list_has_unique_ids_with_one_severity_each()
    {
        var ids = SongLinter.Rules.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(SongLinter.Rules, rule => Assert.Matches("^[CLM][1-8][a-d]?$", rule.Id));
        Assert.Equal(37, ids.Count);
    }

    [Fact]
    public void Every_finding_uses_the_severity_of_its_rule()
    {
        var severities = SongLinter.Rules.ToDictionary(rule => rule.Id, rule => rule.Severity, StringComparer.Ordinal);

        foreach (var fixture in SongFixture.All())
        {
            Assert.All(SongLinter.Lint(fixture.Draft).Findings, finding => Assert.Equal(severities[finding.RuleId], finding.Severity));
        }
    }

    [Fact]
    public void Linting_does_not_throw_on_hostile_text()
    {
        var hostile = string.Concat(Enumerable.Repeat("[[[]]] ] [ - - - ]\u0000\uFFFF\uD800 (((", 200));

        var report = SongLinter.Lint(new SongDraft { Caption = hostile, Lyrics = hostile, KeyScale = hostile, TimeSignature = hostile, VocalLanguage = hostile, Bpm = int.MinValue, DurationSeconds = double.NaN });

        Assert.Equal(LintOutcome.Errors, report.Outcome);
    }
}
