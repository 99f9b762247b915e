using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class InstrumentalRuleTests
{
    private const string Caption = "lo-fi hip hop, warm rhodes, dusty drums, mellow";

    [Theory]
    [InlineData("[Instrumental]")]
    [InlineData("[inst]")]
    [InlineData("[Intro]\n\n[Guitar Solo]\n\n[Outro]")]
    [InlineData("")]
    public void L8a_accepts_an_instrumental_with_markers_or_instrumental_tags_only(string lyrics)
    {
        Assert.Empty(Lint.Rule(new SongDraft { Caption = Caption, Lyrics = lyrics, Instrumental = true }, "L8a"));
    }

    [Fact]
    public void L8a_errors_at_the_first_sung_line_of_an_instrumental()
    {
        var finding = Assert.Single(Lint.Rule(new SongDraft { Caption = Caption, Lyrics = "[Intro]\n\n[Verse]\nI walked the road my father knew", Instrumental = true }, "L8a"));

        Assert.Equal((LintSeverity.Error, 4, 1), (finding.Severity, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("Instrumental", "[Instrumental]")]
    [InlineData("(Guitar solo)", "[Guitar Solo]")]
    [InlineData("*instrumental break*", "[Instrumental Break]")]
    public void L8b_turns_a_plain_text_marker_into_a_tag_in_the_fix(string line, string tag)
    {
        var draft = Lint.CleanSong with { Lyrics = $"[Verse]\nI walked the road my father knew\n\n{line}" };

        var finding = Assert.Single(Lint.Rule(draft, "L8b"));

        Assert.Equal(4, finding.Line);
        Assert.Contains(tag, finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData("   \n", false, true)]
    [InlineData(null, true, false)]
    [InlineData("[Instrumental]", false, false)]
    public void L8c_notes_empty_lyrics_unless_the_song_is_flagged_instrumental(string? lyrics, bool instrumental, bool fires)
    {
        var findings = Lint.Rule(new SongDraft { Caption = Caption, Lyrics = lyrics, Instrumental = instrumental }, "L8c");

        Assert.Equal(fires, findings.Count == 1);
        Assert.All(findings, finding => Assert.Equal((LintSeverity.Info, LintTarget.Lyrics, (int?)null), (finding.Severity, finding.Target, finding.Line)));
    }
}
