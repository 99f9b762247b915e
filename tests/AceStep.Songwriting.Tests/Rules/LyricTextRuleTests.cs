using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class LyricTextRuleTests
{
    private static SongDraft WithLyrics(string lyrics) => Lint.CleanSong with { Lyrics = lyrics };

    [Fact]
    public void L4_explains_uppercase_parentheses_and_stretched_vowels_where_they_are()
    {
        var findings = Lint.Rule(WithLyrics("[Chorus]\nWE RISE AS ONE TONIGHT\nWe rise together (together)\nFeeeling so alive tonight"), "L4");

        Assert.Equal([(2, 1, "UPPERCASE"), (3, 18, "backing vocals"), (4, 1, "\"Feeeling\"")], findings.Select(finding => (finding.Line!.Value, finding.Column!.Value, Key(finding.Message))));
        Assert.All(findings, finding => Assert.Equal(LintSeverity.Info, finding.Severity));

        static string Key(string message) => new[] { "UPPERCASE", "backing vocals", "\"Feeeling\"" }.First(key => message.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I need you, I want you, I love you")]
    [InlineData("Run, run, run away")]
    [InlineData("Neon skies and electric hearts")]
    public void L5a_leaves_sentences_and_short_repeats_alone(string line)
    {
        Assert.Empty(Lint.Rule(WithLyrics($"[Verse]\n{line}"), "L5a"));
    }

    [Fact]
    public void L5a_flags_stacked_adjective_noun_pairs()
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics("[Verse]\nGolden hours, broken mirrors, silver rain"), "L5a"));

        Assert.Equal((2, 1, LintSeverity.Warning), (finding.Line, finding.Column, finding.Severity));
    }

    [Fact]
    public void L5c_names_the_imagery_families_and_points_at_the_third()
    {
        const string Lyrics = "[Verse]\nThe river runs, the rain comes down\nA fire burns, the flames rise high\nI fly away on broken wings";

        var finding = Assert.Single(Lint.Rule(WithLyrics(Lyrics), "L5c"));

        Assert.Equal((4, 3), (finding.Line, finding.Column));
        Assert.Contains("(water, fire, flight)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L5c_accepts_one_metaphor_explored_in_depth()
    {
        const string Lyrics = "[Verse]\nThe river runs, the rain comes down\nThe tide comes in, the waves roll on\nI fly away";

        Assert.Empty(Lint.Rule(WithLyrics(Lyrics), "L5c"));
    }

    [Fact]
    public void L6_allows_4096_characters_and_errors_past_them_at_the_first_unread_character()
    {
        var line = new string('a', 99);
        var exactly = string.Join('\n', Enumerable.Repeat(line, 40)) + "\n" + new string('b', 96);
        Assert.Equal(4096, exactly.Length);

        Assert.Empty(Lint.Rule(WithLyrics(exactly), "L6"));
        var finding = Assert.Single(Lint.Rule(WithLyrics(exactly + "c"), "L6"));
        Assert.Equal((LintSeverity.Error, 41, 97), (finding.Severity, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("[Verse]\nYour lyrics here", 2, 1)]
    [InlineData("[Verse]\nI walked the road, lorem ipsum dolor", 2, 20)]
    [InlineData("[Verse]\nNew lyrics...", 2, 1)]
    [InlineData("[Verse]\nI walked the road my father knew\n…", 3, 1)]
    [InlineData("[Verse]\nI walked the road my father knew\netc.", 3, 1)]
    [InlineData("[Verse]\nI walked the road my father knew\n\n[...]", 4, 1)]
    public void L7a_reports_placeholders_and_truncation_as_errors(string lyrics, int line, int column)
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics(lyrics), "L7a"));

        Assert.Equal((LintSeverity.Error, line, column), (finding.Severity, finding.Line, finding.Column));
    }

    [Fact]
    public void L7a_leaves_a_line_that_trails_off_alone()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Verse]\nAnd then you walked away..."), "L7a"));
    }

    [Theory]
    [InlineData("[Chorus x2]\nCarry me home, carry me home", 1, 1)]
    [InlineData("[Chorus] \n\n[Repeat Chorus]", 3, 1)]
    [InlineData("[Chorus]\nCarry me home, carry me home (x3)", 2, 31)]
    [InlineData("[Outro]\nRepeat chorus", 2, 1)]
    [InlineData("[Outro]\n(repeat)", 2, 1)]
    public void L7b_reports_repeat_shorthand(string lyrics, int line, int column)
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics(lyrics), "L7b"));

        Assert.Equal((line, column), (finding.Line, finding.Column));
    }

    [Fact]
    public void L7b_leaves_the_word_repeat_in_a_lyric_alone()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Verse]\nHistory will repeat itself again"), "L7b"));
    }
}
