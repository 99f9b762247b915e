using AceStep.Lyrics;
using AceStep.Lyrics.Formats;
using AceStep.Video.Tests.Support;

namespace AceStep.Video.Tests;

/// <summary>
/// Frames drawn around the lyric times of a long steady tone (so only the lyrics change): the card region must stay still
/// before a line's time and change on the frame at that time.
/// </summary>
public sealed class LyricTimingTests : IDisposable
{
    private const double Still = 0.002;
    private const double Changed = 0.01;
    private static readonly VideoFrameSize Size = new(960, 540);
    private readonly TestMedia media = new();
    private readonly string tone;

    // A long tone keeps the background's hue drift (120° over the song) far below what the comparisons count as a change.
    public LyricTimingTests() => tone = media.Tone(30);

    [Fact]
    public async Task The_lyric_region_is_still_before_an_lrc_time_and_changes_on_the_frame_at_that_time()
    {
        var lyrics = LrcReader.Read("[00:01.00]Neon rain on the avenue\n[00:02.00]Hold on to the afterglow\n").Lyrics;
        using var frames = await FrameGrabber.OpenAsync(Spec(lyrics));

        AssertChangesAt(frames, lineStartFrame: 30);
        AssertChangesAt(frames, lineStartFrame: 60);
    }

    [Fact]
    public async Task A_line_after_its_fade_in_looks_exactly_as_it_does_when_it_is_the_only_line()
    {
        var both = new TimedLyrics([new TimedLine(1, 2, "Neon rain on the avenue"), new TimedLine(2, 4, "Hold on to the afterglow")]);
        var secondOnly = new TimedLyrics([both.Lines[1]]);
        var firstOnly = new TimedLyrics([new TimedLine(1, 2, "Neon rain on the avenue")]);
        using var full = await FrameGrabber.OpenAsync(Spec(both));
        using var onlySecond = await FrameGrabber.OpenAsync(Spec(secondOnly));
        using var onlyFirst = await FrameGrabber.OpenAsync(Spec(firstOnly));

        using var secondLine = full.Frame(75);
        using var expectedSecond = onlySecond.Frame(75);
        using var wrongFirst = onlyFirst.Frame(50);

        Assert.Equal(0, FrameGrabber.ChangedShare(secondLine, expectedSecond, full.LyricRegion));
        Assert.True(FrameGrabber.ChangedShare(secondLine, wrongFirst, full.LyricRegion) > Changed);
    }

    [Fact]
    public async Task A_positive_offset_shows_the_line_later_and_a_negative_one_earlier()
    {
        var lyrics = new TimedLyrics([new TimedLine(1, 3, "Neon rain on the avenue")]);
        using var later = await FrameGrabber.OpenAsync(Spec(lyrics) with { LyricsOffsetSeconds = 0.5 });
        using var earlier = await FrameGrabber.OpenAsync(Spec(lyrics) with { LyricsOffsetSeconds = -0.5 });

        AssertChangesAt(later, lineStartFrame: 45);
        AssertChangesAt(earlier, lineStartFrame: 15);
    }

    [Fact]
    public async Task Words_with_times_light_up_one_by_one_while_a_line_without_them_stays_still()
    {
        var timed = new TimedLine(0.5, 3.5, "Neon rain falls down", [new("Neon", 0.5, 1.2), new("rain", 1.2, 1.9), new("falls", 1.9, 2.6), new("down", 2.6, 3.5)]);
        using var karaoke = await FrameGrabber.OpenAsync(Spec(new TimedLyrics([timed])));
        using var plain = await FrameGrabber.OpenAsync(Spec(new TimedLyrics([new TimedLine(0.5, 3.5, timed.Text)])));

        Assert.True(karaoke.ChangedShareBetween(40, 80) > Still, "the highlight should move between 1.33 s and 2.67 s");
        Assert.True(plain.ChangedShareBetween(40, 80) < Still, "a line without word times should not change once shown");
    }

    [Fact]
    public async Task A_preview_png_is_the_frame_at_the_time_asked()
    {
        var spec = Spec(new TimedLyrics([new TimedLine(1, 3, "Neon rain on the avenue")])) with { OutputPath = media.PathOf("video.mp4") };
        using var frames = await FrameGrabber.OpenAsync(spec);

        var preview = await new MusicVideoRenderer().RenderPreviewAsync(spec, TimeSpan.FromSeconds(2), media.PathOf("preview.png"));

        using var png = SkiaSharp.SKBitmap.Decode(preview.PngPath);
        using var expected = frames.Frame(60);
        Assert.Equal((Size.Width, Size.Height), (png.Width, png.Height));
        Assert.Equal(0, FrameGrabber.ChangedShare(png, expected, new SkiaSharp.SKRectI(0, 0, Size.Width, Size.Height)));
        Assert.Equal(TimeSpan.FromSeconds(2), preview.At);
    }

    public void Dispose() => media.Dispose();

    private static void AssertChangesAt(FrameGrabber frames, int lineStartFrame)
    {
        for (var frame = lineStartFrame - 4; frame < lineStartFrame - 1; frame++)
        {
            var before = frames.ChangedShareBetween(frame, frame + 1);
            Assert.True(before < Still, $"frames {frame} and {frame + 1} (before the line) differ in {before:P2} of the lyric region");
        }

        var at = frames.ChangedShareBetween(lineStartFrame - 1, lineStartFrame);
        Assert.True(at > Changed, $"frame {lineStartFrame} (the line's time) differs from the one before in only {at:P2} of the lyric region");
    }

    private MusicVideoSpec Spec(TimedLyrics lyrics) => new()
    {
        AudioPath = tone,
        OutputPath = media.PathOf("unused.mp4"),
        Lyrics = lyrics,
        FrameSize = Size,
    };
}
