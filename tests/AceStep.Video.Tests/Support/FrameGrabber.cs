using SkiaSharp;

namespace AceStep.Video.Tests.Support;

/// <summary>
/// Draws single frames of a spec with the renderer's own composer (prepared once, so many frames are cheap) and
/// compares regions of them pixel by pixel.
/// </summary>
internal sealed class FrameGrabber : IDisposable
{
    private readonly PreparedRender prepared;
    private readonly VideoFrameSize size;

    private FrameGrabber(PreparedRender prepared, VideoFrameSize size)
    {
        this.prepared = prepared;
        this.size = size;
    }

    public SKRectI LyricRegion => SKRectI.Round(prepared.Composer.LyricRegion);

    public IReadOnlyList<RenderWarning> Warnings => prepared.Warnings;

    public int FrameCount => prepared.Analysis.FrameCount;

    public static async Task<FrameGrabber> OpenAsync(MusicVideoSpec spec) =>
        new(await PreparedRender.PrepareAsync(spec, CancellationToken.None), spec.FrameSize);

    public SKBitmap Frame(int frame)
    {
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        prepared.Composer.Draw(canvas, frame);
        return bitmap;
    }

    /// <summary>The share of pixels in <paramref name="region"/> whose colour differs by more than a faint drift (40 of 255 in some channel).</summary>
    public static double ChangedShare(SKBitmap first, SKBitmap second, SKRectI region)
    {
        var changed = 0;
        for (var y = region.Top; y < region.Bottom; y++)
        {
            for (var x = region.Left; x < region.Right; x++)
            {
                var a = first.GetPixel(x, y);
                var b = second.GetPixel(x, y);
                var difference = Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
                if (difference > 40)
                {
                    changed++;
                }
            }
        }

        return (double)changed / (region.Width * region.Height);
    }

    public double ChangedShareBetween(int firstFrame, int secondFrame, SKRectI? region = null)
    {
        using var first = Frame(firstFrame);
        using var second = Frame(secondFrame);
        return ChangedShare(first, second, region ?? LyricRegion);
    }

    public void Dispose() => prepared.Dispose();
}
