using AceStep.Video.Encoding;

namespace AceStep.Video.Tests;

public sealed class BitrateBudgetTests
{
    [Fact]
    public void The_video_gets_the_limit_spread_over_the_song_less_the_margin_and_the_audio()
    {
        // 15 MB over 180 s is 666,667 b/s; 95 % of it is 633,333, less 96,000 for the audio.
        Assert.Equal(537_333, BitrateBudget.VideoBitsPerSecond(15_000_000, TimeSpan.FromSeconds(180)));
    }

    [Fact]
    public void A_limit_leaving_the_picture_under_100_kbps_is_refused_naming_the_smallest_that_works()
    {
        var error = Assert.Throws<SizeTargetTooSmallException>(() => BitrateBudget.EnsureWorkable(3_000_000, TimeSpan.FromSeconds(180)));

        // 196 kb/s for 180 s is 4.41 MB, 4.64 MB with the margin: rounded up to 4.7 MB.
        Assert.Equal(4_700_000, error.SmallestWorkableBytes);
        Assert.Contains("4.7 MB", error.Message, StringComparison.Ordinal);
        BitrateBudget.EnsureWorkable(4_700_000, TimeSpan.FromSeconds(180));
    }

    [Fact]
    public void A_low_bitrate_encodes_a_smaller_picture_never_under_360_lines()
    {
        Assert.Equal(VideoFrameSize.Landscape, BitrateBudget.ScaledFor(VideoFrameSize.Landscape, 30, 5_000_000));

        var scaled = BitrateBudget.ScaledFor(VideoFrameSize.Landscape, 30, 537_333);
        Assert.InRange(scaled.Height, 360, 719);
        Assert.Equal(16.0 / 9, (double)scaled.Width / scaled.Height, 1);

        Assert.Equal(360, BitrateBudget.ScaledFor(VideoFrameSize.Landscape, 30, 100_000).Height);
    }
}
