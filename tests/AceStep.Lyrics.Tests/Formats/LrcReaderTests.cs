using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class LrcReaderTests
{
    [Fact]
    public void A_line_ends_where_the_next_time_tag_starts_and_an_empty_tag_is_an_end_marker()
    {
        var result = LrcReader.Read("[ti:Song]\n[00:01.00]first\n[00:04.00]second\n[00:06.50]\n[00:20.00]third\n");

        Assert.Empty(result.Warnings);
        Assert.Equal(
            [(1.0, 4.0, "first"), (4.0, 6.5, "second"), (20.0, 25.0, "third")],
            result.Lyrics.Lines.Select(line => (line.Start, line.End, line.Text)));
    }

    [Fact]
    public void Lines_are_sorted_and_repeated_time_tags_repeat_the_line()
    {
        var result = LrcReader.Read("[00:10.00]later\n[00:02.00][00:06.00]chorus\n");

        Assert.Equal(["chorus", "chorus", "later"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Equal([2.0, 6.0, 10.0], result.Lyrics.Lines.Select(line => line.Start));
    }

    [Fact]
    public void Section_tags_bad_times_and_untagged_text_are_skipped_with_a_warning_naming_the_line()
    {
        var result = LrcReader.Read("[Verse]\n[00:61.00]bad\nplain words\n[00:01.00]good\n");

        Assert.Equal(["good"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Equal([1, 2, 3], result.Warnings.Select(warning => warning.Line));
        Assert.Contains("section tag", result.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("not a valid time", result.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("no [mm:ss.xx] time tag", result.Warnings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_positive_offset_header_shows_lyrics_earlier()
    {
        var result = LrcReader.Read("[offset:+500]\n[00:02.00]line\n");

        Assert.Equal(1.5, result.Lyrics.Lines[0].Start, 6);
    }

    [Fact]
    public void Enhanced_word_times_become_words_ending_where_the_next_begins()
    {
        var result = LrcReader.Read("[00:01.00]<00:01.00>hello <00:01.80>bright <00:02.40>world\n[00:04.00]next\n");

        var line = result.Lyrics.Lines[0];
        Assert.Equal("hello bright world", line.Text);
        Assert.Equal(
            [("hello", 1.0, 1.8), ("bright", 1.8, 2.4), ("world", 2.4, 4.0)],
            line.Words.Select(word => (word.Text, word.Start, word.End)));
    }

    [Fact]
    public void Written_lrc_reads_back_to_the_same_lines_and_words()
    {
        var lyrics = new TimedLyrics(
        [
            new TimedLine(1.0, 3.0, "hello world", [new("hello", 1.0, 1.5), new("world", 1.5, 3.0)]),
            new TimedLine(3.0, 8.0, "你好世界", [new("你好", 3.0, 5.0), new("世界", 5.0, 8.0)]),
        ]);

        var text = LrcWriter.Write(lyrics, new LrcWriterOptions { WordTimes = true });
        var read = LrcReader.Read(text).Lyrics;

        Assert.Equal("[00:01.00]<00:01.00>hello <00:01.50>world\n[00:03.00]<00:03.00>你好<00:05.00>世界\n[00:08.00]\n", text);
        Assert.Equal(lyrics.Lines.Select(line => (line.Start, line.End, line.Text)), read.Lines.Select(line => (line.Start, line.End, line.Text)));
        Assert.Equal(["你好", "世界"], read.Lines[1].Words.Select(word => word.Text));
    }

    [Fact]
    public void An_end_marker_is_written_only_across_a_gap()
    {
        var lyrics = new TimedLyrics([new TimedLine(0.5, 2.0, "a"), new TimedLine(2.5, 4.0, "b"), new TimedLine(10.0, 12.0, "c")]);

        var text = LrcWriter.Write(lyrics, new LrcWriterOptions { Headers = [new("ti", "Song")] });

        Assert.Equal("[ti:Song]\n[00:00.50]a\n[00:02.50]b\n[00:04.00]\n[00:10.00]c\n[00:12.00]\n", text);
    }
}
