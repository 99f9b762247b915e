using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class StructureRuleTests
{
    private static SongDraft WithLyrics(string lyrics) => Lint.CleanSong with { Lyrics = lyrics };

    [Fact]
    public void L3a_reports_lyrics_after_a_tag_at_the_lyrics_column()
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics("[Verse]   I walked the road my father knew"), "L3a"));

        Assert.Equal((1, 11), (finding.Line, finding.Column));
    }

    [Fact]
    public void L3a_reports_two_sections_on_one_line_once()
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics("[Verse] Your complete lyrics [Chorus] Full chorus here..."), "L3a"));

        Assert.Equal((1, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void L3a_accepts_a_vocal_cue_inline_with_its_line()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Verse]\n[whispered] I walked the road my father knew"), "L3a"));
    }

    [Fact]
    public void L3a_splits_the_sections_of_a_shared_line_for_the_estimate()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = "[Verse] I walked the road my father knew [Chorus] Carry me home, carry me home" });

        Assert.Equal(["[Verse]", "[Chorus]"], estimate.Sections.Select(section => section.Name));
        Assert.All(estimate.Sections, section => Assert.Equal(1, section.SungLines));
    }

    [Fact]
    public void L3b_wants_a_blank_line_before_every_section_but_the_first()
    {
        var findings = Lint.Rule(WithLyrics("\n[Verse 1]\nI walked the road my father knew\n[Chorus]\nCarry me home, carry me home\n\n[Verse 2]\nThe fields are gold, the fences grey"), "L3b");

        var finding = Assert.Single(findings);
        Assert.Equal((4, 1), (finding.Line, finding.Column));
        Assert.Contains("[Chorus]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L3b_does_not_need_a_blank_line_before_a_vocal_cue()
    {
        Assert.Empty(Lint.Rule(WithLyrics("[Verse 1]\nI walked the road my father knew\n[whispered]\nBeneath a sky of faded blue"), "L3b"));
    }

    [Fact]
    public void L3c_warns_once_at_the_first_line_when_no_section_is_tagged()
    {
        var finding = Assert.Single(Lint.Rule(WithLyrics("\n\nI walked the road my father knew\nBeneath a sky of faded blue"), "L3c"));

        Assert.Equal((3, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void L3c_is_satisfied_by_any_section_tag()
    {
        Assert.Empty(Lint.Rule(WithLyrics("I walked the road my father knew\n\n[Chorus]\nCarry me home, carry me home"), "L3c"));
    }
}
