using System.Text.Json;
using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class LyricsJsonTests
{
    [Fact]
    public void Lines_and_words_round_trip()
    {
        var lyrics = new TimedLyrics([new TimedLine(1.25, 3.5, "hello world", [new("hello", 1.25, 2), new("world", 2, 3.5)])]);

        var read = LyricsJson.Read(LyricsJson.Write(lyrics));

        Assert.Empty(read.Warnings);
        var line = Assert.Single(read.Lyrics.Lines);
        Assert.Equal((1.25, 3.5, "hello world"), (line.Start, line.End, line.Text));
        Assert.Equal([("hello", 1.25, 2.0), ("world", 2.0, 3.5)], line.Words.Select(word => (word.Text, word.Start, word.End)));
    }

    [Fact]
    public void A_missing_end_becomes_the_next_start_and_bad_items_are_skipped_with_their_number()
    {
        var read = LyricsJson.Read("""[{"start": 1, "text": "a"}, {"start": "x", "text": "b"}, {"start": 5, "end": 4, "text": "c"}, {"start": 3, "end": 4, "text": " "}, {"start": 6, "end": 7, "text": "d"}]""");

        Assert.Equal([(1.0, 6.0, "a"), (6.0, 7.0, "d")], read.Lyrics.Lines.Select(line => (line.Start, line.End, line.Text)));
        Assert.Equal([2, 3, 4], read.Warnings.Select(warning => warning.Line));
    }

    [Fact]
    public void A_document_with_a_lines_array_is_accepted()
    {
        var read = LyricsJson.Read("""{"estimated": true, "lines": [{"start": 0, "end": 2, "text": "a"}]}""");

        Assert.Equal("a", Assert.Single(read.Lyrics.Lines).Text);
    }

    [Fact]
    public void Something_that_is_not_a_lines_array_is_refused_with_the_expected_shape()
    {
        var error = Assert.Throws<JsonException>(() => LyricsJson.Read("""{"word": "a"}"""));

        Assert.Contains("array of lines", error.Message, StringComparison.Ordinal);
    }
}
