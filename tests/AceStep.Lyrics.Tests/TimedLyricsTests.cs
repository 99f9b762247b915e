namespace AceStep.Lyrics.Tests;

public class TimedLyricsTests
{
    private static readonly TimedLyrics Lyrics = new([new TimedLine(1, 3, "a"), new TimedLine(3, 4, "b"), new TimedLine(8, 9, "c")]);

    [Theory]
    [InlineData(0.5, null)]
    [InlineData(1.0, "a")]
    [InlineData(2.999, "a")]
    [InlineData(3.0, "b")]
    [InlineData(5.0, null)]
    [InlineData(8.5, "c")]
    [InlineData(9.0, null)]
    public void The_line_on_screen_is_the_one_whose_span_holds_the_time(double seconds, string? expected) =>
        Assert.Equal(expected, Lyrics.LineAt(seconds)?.Text);

    [Fact]
    public void Shifting_by_a_positive_offset_moves_lines_later()
    {
        var shifted = Lyrics.Shift(0.5);

        Assert.Equal([1.5, 3.5, 8.5], shifted.Lines.Select(line => line.Start));
        Assert.Equal("a", shifted.LineAt(3.2)?.Text);
    }
}
