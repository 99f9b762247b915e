using AceStep.Video.Tests.Support;
using SkiaSharp;

namespace AceStep.Video.Tests;

public sealed class BackgroundTests : IDisposable
{
    private static readonly VideoFrameSize Size = new(960, 540);
    private readonly TestMedia media = new();

    [Fact]
    public async Task A_background_image_covers_the_frame_dimmed_by_45_percent()
    {
        var spec = Spec() with { BackgroundImagePath = media.SolidImage("red.png", "0xff0000") };
        using var frames = await FrameGrabber.OpenAsync(spec);
        using var frame = frames.Frame(0);

        foreach (var (x, y) in new[] { (2, 2), (Size.Width - 3, 2), (2, Size.Height - 3), (Size.Width - 3, Size.Height - 3) })
        {
            var pixel = frame.GetPixel(x, y);
            Assert.InRange(pixel.Red, 255 * 0.55 - 4, 255 * 0.55 + 4);
            Assert.InRange(pixel.Green, 0, 4);
            Assert.InRange(pixel.Blue, 0, 4);
        }
    }

    [Fact]
    public async Task Without_an_image_the_gradient_starts_at_hue_200_and_drifts_to_320_by_the_end()
    {
        using var frames = await FrameGrabber.OpenAsync(Spec());
        using var first = frames.Frame(0);
        using var last = frames.Frame(frames.FrameCount - 1);

        AssertNear(SKColor.FromHsl(200, 80, 12), first.GetPixel(0, 0));
        AssertNear(SKColor.FromHsl(320, 80, 12), last.GetPixel(0, 0));
        AssertNear(SKColor.FromHsl(280, 70, 8), first.GetPixel(Size.Width - 1, Size.Height - 1));
    }

    [Fact]
    public async Task An_unreadable_background_image_is_refused_with_the_reason_before_the_audio_is_decoded()
    {
        var notAnImage = media.WriteBytes("cover.png", "this is text, not a PNG"u8.ToArray());
        var spec = Spec() with { BackgroundImagePath = notAnImage, AudioPath = media.PathOf("not-decoded-yet.mp3") };

        var error = await Assert.ThrowsAsync<ImageUnreadableException>(() => new MusicVideoRenderer().RenderAsync(spec));

        Assert.Contains("cover.png", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an image format", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(spec.OutputPath));
    }

    public void Dispose() => media.Dispose();

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var difference = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(difference <= 4, $"expected about {expected}, found {actual}");
    }

    private MusicVideoSpec Spec() => new()
    {
        AudioPath = media.Tone(2),
        OutputPath = media.PathOf("video.mp4"),
        FrameSize = Size,
    };
}
