using AceStep.Lyrics.Formats;

namespace AceStep.Lyrics.Tests.Formats;

public class LrcHeadersTests
{
    [Fact]
    public void Headers_come_in_the_usual_order_and_lrc_readers_skip_them()
    {
        var headers = LrcHeaders.Create(title: "Neon [Rivers]", artist: "ACE-Step", lengthSeconds: 183.4, createdBy: "acestep transcribe", program: "acestep 1.0", estimated: true);
        var lyrics = new TimedLyrics([new TimedLine(1, 2, "line")], IsEstimated: true);

        var text = LrcWriter.Write(lyrics, new LrcWriterOptions { Headers = headers });

        Assert.Equal(
            "[ti:Neon (Rivers)]\n[ar:ACE-Step]\n[length:03:03]\n[by:acestep transcribe]\n[re:acestep 1.0]\n[#:timing estimated from the lyrics' structure, not heard]\n[00:01.00]line\n[00:02.00]\n",
            text);
        var read = LrcReader.Read(text);
        Assert.Empty(read.Warnings);
        Assert.Equal("line", Assert.Single(read.Lyrics.Lines).Text);
    }

    [Fact]
    public void Missing_or_blank_values_give_no_header_and_line_breaks_become_spaces()
    {
        var headers = LrcHeaders.Create(title: "two\nlines", artist: " ", lengthSeconds: double.NaN);

        Assert.Equal([new KeyValuePair<string, string>("ti", "two lines")], headers);
    }
}
