using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class SyllableRuleTests
{
    private static SongDraft WithLyrics(string lyrics, string? language = null) =>
        Lint.CleanSong with { Lyrics = lyrics, VocalLanguage = language };

    [Theory]
    [InlineData("Hold on", 2)]
    [InlineData("I keep on walking down this empty road tonight", 12)]
    public void L2a_reports_lines_outside_six_to_ten_syllables_with_the_count(string line, int count)
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics($"[Verse]\n{line}"), "L2a"));

        Assert.Equal((LintSeverity.Info, 2, 1), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains($"{count} syllables", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The kettle hums an empty tune")]
    [InlineData("(ooh, ooh)")]
    [InlineData("...")]
    public void L2a_passes_singable_lines_backing_vocals_and_lines_without_words(string line)
    {
        Assert.Empty(Lint.Rule(WithLyrics($"[Verse]\n{line}"), "L2a"));
    }

    [Fact]
    public void L2a_counts_each_chinese_character_as_a_syllable()
    {
        var findings = Lint.Rule(WithLyrics("[Verse]\n月光洒在窗台上\n我爱你\n这是一个很长很长很长的句子啊", "zh"), "L2a");

        Assert.Equal([3, 4], findings.Select(finding => finding.Line!.Value));
        Assert.Contains("has 3 syllables", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("has 14 syllables", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2a_does_not_count_the_backing_vocals_in_parentheses()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Chorus]\nWe rise together into the light (together, together)"), "L2a"));
    }

    [Fact]
    public void L2b_compares_each_verse_line_with_the_same_line_of_the_first_verse()
    {
        const string Lyrics = """
            [Verse 1]
            I walked the road my father knew
            Beneath a sky of faded blue

            [Chorus]
            Carry me home, carry me home

            [Verse 2]
            The fields were gold
            I hear him singing every day
            """;

        var finding = Assert.Single(Lint.Rule(WithLyrics(Lyrics), "L2b"));

        Assert.Equal((LintSeverity.Warning, 9, 1), (finding.Severity, finding.Line, finding.Column));
        Assert.Contains("Line 1 of [Verse 2] has 4 syllables; line 1 of [Verse 1] (line 2) has 8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2b_allows_a_difference_of_two_and_never_compares_verses_with_choruses()
    {
        const string Lyrics = """
            [Verse 1]
            I walked the road my father knew

            [Chorus]
            Home

            [Verse 2]
            I walked the long road my father knew well
            """;

        Assert.Empty(Lint.Rule(WithLyrics(Lyrics), "L2b"));
    }

    [Fact]
    public void L2b_groups_a_final_chorus_with_the_choruses()
    {
        const string Lyrics = """
            [Chorus]
            Carry me home, carry me home

            [Final Chorus - powerful]
            Carry me home, carry me home, carry me home tonight
            """;

        Assert.Single(Lint.Rule(WithLyrics(Lyrics), "L2b"));
    }

    [Fact]
    public void L5b_warns_about_a_line_too_long_for_one_breath_instead_of_l2a()
    {
        var draft = WithLyrics("[Bridge]\nAnd every evening when the sun goes down behind the hills I think of him");

        var finding = Assert.Single(Lint.Rule(draft, "L5b"));

        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Contains("20 syllables", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Lint.Rule(draft, "L2a"));
    }
}
