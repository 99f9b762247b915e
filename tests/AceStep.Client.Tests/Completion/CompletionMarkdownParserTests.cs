using AceStep.Client.Completion;

namespace AceStep.Client.Tests.Completion;

public sealed class CompletionMarkdownParserTests
{
    [Fact]
    public void Metadata_and_lyrics_sections_become_fields()
    {
        var parsed = CompletionMarkdownParser.Parse("## Metadata\n**Caption:** Upbeat synth-pop, female vocal\n**BPM:** 120\n**Duration:** 60.0s\n**Key:** C major\n**Time Signature:** 4\n\n## Lyrics\n[Verse]\nHello world");

        Assert.Equal("Upbeat synth-pop, female vocal", parsed.Caption);
        Assert.Equal(120, parsed.Bpm);
        Assert.Equal(60.0, parsed.DurationSeconds);
        Assert.Equal("C major", parsed.KeyScale);
        Assert.Equal("4", parsed.TimeSignature);
        Assert.Equal("[Verse]\nHello world", parsed.Lyrics);
    }

    [Fact]
    public void Streamed_content_with_heartbeats_and_the_stand_alone_format_is_understood()
    {
        var parsed = CompletionMarkdownParser.Parse("....\n\n## Metadata\n**Caption:** lofi\n**Duration:** 180s\n**Time Signature:** 4/4\n**Language:** en");

        Assert.Equal("lofi", parsed.Caption);
        Assert.Equal(180, parsed.DurationSeconds);
        Assert.Equal("4", parsed.TimeSignature);
        Assert.Equal("en", parsed.Language);
        Assert.Null(parsed.Lyrics);
        Assert.Null(parsed.Bpm);
    }

    [Theory]
    [InlineData("Music generated successfully.")]
    [InlineData("")]
    [InlineData(null)]
    public void Content_without_sections_gives_empty_fields(string? content)
    {
        var parsed = CompletionMarkdownParser.Parse(content);

        Assert.Null(parsed.Caption);
        Assert.Null(parsed.Lyrics);
    }
}
