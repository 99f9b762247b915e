using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class TagRuleTests
{
    private static SongDraft WithLyrics(string lyrics) => Lint.CleanSong with { Lyrics = lyrics };

    [Theory]
    [InlineData("[Intro]")]
    [InlineData("[Verse 2]")]
    [InlineData("[Pre-Chorus]")]
    [InlineData("[pre chorus]")]
    [InlineData("[Final Chorus]")]
    [InlineData("[Post-Chorus]")]
    [InlineData("[Bridge - whispered]")]
    [InlineData("[Build]")]
    [InlineData("[Drop]")]
    [InlineData("[Breakdown]")]
    [InlineData("[Guitar Solo]")]
    [InlineData("[Drum Break]")]
    [InlineData("[Synth Interlude]")]
    [InlineData("[inst]")]
    [InlineData("[Fade Out]")]
    [InlineData("[Silence]")]
    [InlineData("[raspy vocal]")]
    [InlineData("[call and response]")]
    [InlineData("[ad-lib]")]
    [InlineData("[building energy]")]
    [InlineData("[Outro - fade out]")]
    public void L1a_knows_the_documented_tags_and_their_usual_spellings(string tag)
    {
        Assert.Empty(Lint.Rule(WithLyrics($"{tag}\nOne line to sing for you tonight"), "L1a"));
    }

    [Fact]
    public void L1a_reports_a_free_form_tag_as_information_at_its_bracket()
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics("[Verse]\nOne line to sing for you tonight\n\n  [Climax - powerful]\nAnother line to sing for you"), "L1a"));

        Assert.Equal((LintSeverity.Info, 4, 3), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains("[Climax]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L1b_allows_two_modifiers_and_warns_from_the_third()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Chorus - anthemic - stacked harmonies]\nOne line to sing for you tonight"), "L1b"));

        var finding = Assert.Single(Lint.Rule(WithLyrics("[Chorus - anthemic - stacked harmonies - high energy]\nOne line to sing for you tonight"), "L1b"));
        Assert.Contains("3 modifiers", finding.Message, StringComparison.Ordinal);
        Assert.Contains("[Chorus - anthemic]", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void L1b_does_not_count_the_hyphen_inside_pre_chorus()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Pre-Chorus - soft - rising]\nOne line to sing for you tonight"), "L1b"));
    }

    [Theory]
    [InlineData("[Chorus\nOne line to sing for you tonight", 1, 1, "never closed")]
    [InlineData("[Verse]\nOne line to sing ] for you tonight", 2, 18, "without an opening")]
    [InlineData("[Verse]\n[ ]\nOne line to sing for you tonight", 2, 1, "empty")]
    [InlineData("[Verse]\n[2]\nOne line to sing for you tonight", 2, 1, "no section name")]
    public void L1c_reports_brackets_that_are_not_tags_where_they_stand(string lyrics, int line, int column, string problem)
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics(lyrics), "L1c"));

        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Contains(problem, finding.Message, StringComparison.Ordinal);
    }
}
