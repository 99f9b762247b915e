using AceStep.Songwriting.Parsing;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Tests.Parsing;

public class LyricsDocumentTests
{
    [Fact]
    public void Tags_split_into_head_and_modifiers_at_spaced_dashes_only()
    {
        var tag = Assert.Single(LyricsDocument.Parse("[Pre-Chorus - soft – rising]").Tags);

        Assert.Equal(("Pre-Chorus", "pre-chorus", TagCategory.Structure), (tag.Head, tag.Family, tag.Category));
        Assert.Equal(["soft", "rising"], tag.Modifiers);
    }

    [Theory]
    [InlineData("Verse 2", "verse")]
    [InlineData("FINAL CHORUS", "chorus")]
    [InlineData("Chorus x2", "chorus")]
    [InlineData("Repeat Chorus", "chorus")]
    [InlineData("pre chorus", "pre-chorus")]
    [InlineData("Fade-Out", "fade out")]
    [InlineData("Main Theme", "main theme")]
    public void Heads_normalize_to_their_family(string head, string family)
    {
        Assert.Equal(family, SectionTagVocabulary.Normalize(head));
    }

    [Fact]
    public void Cue_tags_stay_in_their_section_and_sections_collect_their_lines()
    {
        var document = LyricsDocument.Parse("untagged opener\n\n[Verse]\n[whispered]\nline one\n(backing)\n\n[Chorus]\nline two");

        Assert.Equal([("(untagged lines)", 1), ("[Verse]", 3), ("[Chorus]", 8)], document.Sections.Select(section => (section.Name, section.StartLine)));
        var verse = document.Sections[1];
        Assert.Equal(["whispered"], verse.Cues.Select(cue => cue.Head));
        Assert.Equal([("line one", false), ("(backing)", true)], verse.Lines.Select(line => (line.Text, line.IsBacking)));
    }

    [Fact]
    public void Windows_line_endings_keep_line_numbers()
    {
        var document = LyricsDocument.Parse("[Verse]\r\nline one\r\n\r\n[Chorus]\r\nline two");

        Assert.Equal([2, 5], document.SungLines.Select(line => line.Line));
        Assert.True(document.IsBlank(3));
    }
}
