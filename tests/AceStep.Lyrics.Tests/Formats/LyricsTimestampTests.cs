using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class LyricsTimestampTests
{
    [Theory]
    [InlineData(0, "00:00.00")]
    [InlineData(59.996, "01:00.00")]
    [InlineData(59.994, "00:59.99")]
    [InlineData(61.5, "01:01.50")]
    [InlineData(6000.0, "100:00.00")]
    [InlineData(-1, "00:00.00")]
    public void Lrc_timestamps_round_once_and_carry_into_minutes(double seconds, string expected) =>
        Assert.Equal(expected, LyricsTimestamp.ToLrc(seconds));

    [Theory]
    [InlineData(0, "00:00:00,000")]
    [InlineData(3599.9996, "01:00:00,000")]
    [InlineData(75.25, "00:01:15,250")]
    public void Srt_timestamps_round_once_and_carry(double seconds, string expected) =>
        Assert.Equal(expected, LyricsTimestamp.ToSrt(seconds));

    [Theory]
    [InlineData("00:12.34", 12.34)]
    [InlineData("1:02", 62)]
    [InlineData("00:01.5", 1.5)]
    [InlineData("00:01.123", 1.123)]
    [InlineData("00:01:50", 1.5)]
    [InlineData("100:00.00", 6000)]
    public void Lrc_times_parse_with_decimal_fractions(string text, double expected)
    {
        Assert.True(LyricsTimestamp.TryParseLrc(text, out var seconds));
        Assert.Equal(expected, seconds, 6);
    }

    [Theory]
    [InlineData("00:60.00")]
    [InlineData("Verse")]
    [InlineData("ti:Song")]
    [InlineData("00:1.00")]
    [InlineData("00:01.1234")]
    public void Invalid_lrc_times_are_refused(string text) =>
        Assert.False(LyricsTimestamp.TryParseLrc(text, out _));
}
