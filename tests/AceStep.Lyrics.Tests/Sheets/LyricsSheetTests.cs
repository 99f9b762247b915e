using AceStep.Lyrics.Sheets;

namespace AceStep.Lyrics.Tests.Sheets;

public class LyricsSheetTests
{
    [Fact]
    public void Structural_tags_start_sections_and_are_not_sung()
    {
        var sheet = LyricsSheet.Parse("[Intro]\n\n[Verse 1]\nNeon rivers in the night\nEvery window holds a light\n\n[Chorus - anthemic]\nWe are the light\n\n[Guitar Solo]\n\n[Outro]\n");

        Assert.Equal(
            [("Intro", SectionKind.Intro, 0), ("Verse 1", SectionKind.Vocal, 2), ("Chorus - anthemic", SectionKind.Vocal, 1), ("Guitar Solo", SectionKind.Instrumental, 0), ("Outro", SectionKind.Outro, 0)],
            sheet.Sections.Select(section => (section.Tag, section.Kind, section.Lines.Count)));
        Assert.Equal(["Neon rivers in the night", "Every window holds a light", "We are the light"], sheet.SungLines);
    }

    [Fact]
    public void Blank_lines_separate_untagged_sections()
    {
        var sheet = LyricsSheet.Parse("one\ntwo\n\n\nthree\n");

        Assert.Equal([["one", "two"], ["three"]], sheet.Sections.Select(section => section.Lines));
        Assert.All(sheet.Sections, section => Assert.Null(section.Tag));
    }

    [Fact]
    public void A_blank_line_right_under_a_vocal_tag_does_not_end_the_section_but_one_under_an_instrumental_tag_does()
    {
        var sheet = LyricsSheet.Parse("[Verse]\n\nfirst line\n[Instrumental]\n\nafter the break\n");

        Assert.Equal([("Verse", 1), ("Instrumental", 0), (null, 1)], sheet.Sections.Select(section => (section.Tag, section.Lines.Count)));
    }

    [Fact]
    public void Modifier_tags_and_tags_inside_lines_are_removed_without_starting_a_section()
    {
        var sheet = LyricsSheet.Parse("[Verse]\n[whispered]\nNeon [ad-lib] rivers\n[Verse] Your lyrics here\n[high energy] We rise\n");

        Assert.Equal([["Neon rivers"], ["Your lyrics here", "We rise"]], sheet.Sections.Select(section => section.Lines));
    }

    [Fact]
    public void Instrumental_marker_lines_are_not_sung()
    {
        var sheet = LyricsSheet.Parse("[Verse]\nsing this\n(Instrumental)\n(guitar solo)\n(ooh, ooh)\n");

        Assert.Equal(["sing this", "(ooh, ooh)"], sheet.SungLines);
    }

    [Fact]
    public void An_lrc_file_read_as_lyrics_loses_its_headers_and_times()
    {
        var sheet = LyricsSheet.Parse("[ti:Song]\n[ar:Someone]\n[00:01.00]first line\n[00:04.50]second line\n[00:06.00]\n");

        Assert.Equal(["first line", "second line"], sheet.SungLines);
    }

    [Fact]
    public void Windows_line_endings_and_cjk_lines_are_read()
    {
        var sheet = LyricsSheet.Parse("[主歌]\r\n夜色里的霓虹在闪烁，\r\n\r\n[Chorus]\r\n我们是光\r\n");

        Assert.Equal(["夜色里的霓虹在闪烁，", "我们是光"], sheet.SungLines);
    }

    [Theory]
    [InlineData("Intro", SectionKind.Intro)]
    [InlineData("Intro - piano", SectionKind.Intro)]
    [InlineData("Verse 2", SectionKind.Vocal)]
    [InlineData("Pre-Chorus", SectionKind.Vocal)]
    [InlineData("Final Chorus", SectionKind.Vocal)]
    [InlineData("Bridge: quiet", SectionKind.Vocal)]
    [InlineData("Hook", SectionKind.Vocal)]
    [InlineData("Outro", SectionKind.Outro)]
    [InlineData("Fade Out", SectionKind.Outro)]
    [InlineData("Instrumental", SectionKind.Instrumental)]
    [InlineData("inst", SectionKind.Instrumental)]
    [InlineData("Guitar Solo", SectionKind.Instrumental)]
    [InlineData("Piano Interlude", SectionKind.Instrumental)]
    [InlineData("Instrumental Break", SectionKind.Instrumental)]
    [InlineData("Drop", SectionKind.Instrumental)]
    [InlineData("Main Theme - piano", SectionKind.Instrumental)]
    [InlineData("Silence", SectionKind.Silence)]
    [InlineData("whispered", null)]
    [InlineData("high energy", null)]
    [InlineData("00:12.34", null)]
    public void Tags_are_sorted_into_sections_and_modifiers(string tag, SectionKind? expected) =>
        Assert.Equal(expected, SectionTags.Classify(tag));
}
