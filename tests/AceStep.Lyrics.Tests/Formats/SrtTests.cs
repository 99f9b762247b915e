using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class SrtTests
{
    [Fact]
    public void Each_line_is_a_numbered_block_with_rounded_times()
    {
        var lyrics = new TimedLyrics([new TimedLine(1.0, 3.5, "Neon rivers"), new TimedLine(59.9996, 61.25, "我们是光")]);

        Assert.Equal(
            "1\n00:00:01,000 --> 00:00:03,500\nNeon rivers\n\n2\n00:01:00,000 --> 00:01:01,250\n我们是光\n\n",
            SrtWriter.Write(lyrics));
    }

    [Fact]
    public void Written_srt_reads_back_to_the_same_lines()
    {
        var lyrics = new TimedLyrics([new TimedLine(1.0, 3.5, "Neon rivers"), new TimedLine(4.0, 6.125, "사랑해 너를"), new TimedLine(3725.5, 3727, "ฉันรักเธอ")]);

        var read = SrtReader.Read(SrtWriter.Write(lyrics));

        Assert.Empty(read.Warnings);
        Assert.Equal(lyrics.Lines.Select(line => (line.Start, line.End, line.Text)), read.Lyrics.Lines.Select(line => (line.Start, line.End, line.Text)));
    }

    [Fact]
    public void Windows_line_endings_a_bom_full_stops_tags_and_several_text_lines_are_understood()
    {
        const string Text = "\uFEFF1\r\n00:00:01.5 --> 00:00:03,000 X1:10 X2:20\r\n<i>Hello</i>\r\nworld\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\n你好\r\n世界\r\n";

        var read = SrtReader.Read(Text);

        Assert.Empty(read.Warnings);
        Assert.Equal([(1.5, 3.0, "Hello world"), (4.0, 5.0, "你好世界")], read.Lyrics.Lines.Select(line => (line.Start, line.End, line.Text)));
    }

    [Fact]
    public void Blocks_it_cannot_use_are_skipped_with_a_warning_naming_their_line()
    {
        const string Text = "1\nno time here\n\n2\n00:00:61,000 --> 00:01:02,000\nbad seconds\n\n3\n00:00:05,000 --> 00:00:04,000\nbackwards\n\n4\n00:00:06,000 --> 00:00:07,000\n\n5\n00:00:08,000 --> 00:00:09,000\nkept\n";

        var read = SrtReader.Read(Text);

        Assert.Equal(["kept"], read.Lyrics.Lines.Select(line => line.Text));
        Assert.Equal([1, 5, 9], read.Warnings.Select(warning => warning.Line).Take(3));
        Assert.Contains("no \"start --> end\" time line", read.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("is not HH:MM:SS,mmm", read.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("ends before it starts", read.Warnings[2].Message, StringComparison.Ordinal);
        Assert.Contains("has no text", read.Warnings[3].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:01,000", 1.0)]
    [InlineData("01:02:03,456", 3723.456)]
    [InlineData("0:00:01,5", 1.5)]
    [InlineData("00:00:01.250", 1.25)]
    [InlineData("00:00:59", 59.0)]
    public void Srt_times_parse(string text, double expected)
    {
        Assert.True(LyricsTimestamp.TryParseSrt(text, out var seconds));
        Assert.Equal(expected, seconds, 6);
    }

    [Theory]
    [InlineData("00:60:00,000")]
    [InlineData("00:00:60,000")]
    [InlineData("00:01,000")]
    [InlineData("00:00:01,1234")]
    [InlineData("aa:00:01,000")]
    public void Invalid_srt_times_are_refused(string text) =>
        Assert.False(LyricsTimestamp.TryParseSrt(text, out _));
}
