using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The back of every frame and the centre glow over it. Without a picture: the dark 135° gradient from
/// hsl(h, 80 %, 12 %) to hsl(h+80, 70 %, 8 %), its hue drifting over the song, with the glow. Both change so slowly
/// across the frame that they are painted at a quarter of the size and enlarged by repeating pixels, which looks the
/// same (neighbouring pixels differ by less than one colour step) and is the cheapest full-frame draw Skia has (a
/// filtered enlargement cost five times as much). With a picture: the picture, drawn once (scaled and dimmed) and
/// copied into each frame, and the glow enlarged over it the same way. It also gives the frosted cards their blurred
/// view of what lies behind them.
/// </summary>
internal sealed class BackgroundLayer : IDisposable
{
    private const int Downscale = 4;
    private const int FrostDownscale = 8;
    private readonly FrameLayout layout;
    private readonly GlowLayer glow;
    private readonly SKImage? picture;
    private readonly SKImage? frostedPicture;
    private readonly SKSurface small;
    private readonly SKRect frame;
    private readonly SKSamplingOptions stretch = new(SKFilterMode.Nearest);
    private SKImage? backdrop;
    private int backdropFrame = -1;

    public BackgroundLayer(FrameLayout layout, SKImage? picture)
    {
        this.layout = layout;
        this.picture = picture;
        frame = SKRect.Create(layout.Width, layout.Height);
        var smallInfo = new SKImageInfo(Math.Max(1, layout.Width / Downscale), Math.Max(1, layout.Height / Downscale), SKColorType.Bgra8888, SKAlphaType.Premul);
        small = SKSurface.Create(smallInfo);
        glow = new GlowLayer(smallInfo.Width, smallInfo.Height);
        frostedPicture = picture is null ? null : Blur(picture, layout);
    }

    /// <summary>Fills the frame with the background and the glow of <paramref name="state"/>.</summary>
    public void Draw(SKCanvas canvas, in FrameState state)
    {
        // Plain source-over: the pictures are opaque, so it copies, and Skia's "source" mode takes a far slower path.
        var backdropImage = Backdrop(state);
        if (picture is not null)
        {
            canvas.DrawImage(picture, 0, 0, SKSamplingOptions.Default, null);
        }

        canvas.DrawImage(backdropImage, frame, stretch, null);
    }

    /// <summary>Draws, inside the canvas's current clip, a blurred view of the background and glow (the frosted-glass look).</summary>
    public void DrawFrosted(SKCanvas canvas, in FrameState state)
    {
        var backdropImage = Backdrop(state);
        if (frostedPicture is not null)
        {
            canvas.DrawImage(frostedPicture, frame, new SKSamplingOptions(SKFilterMode.Linear), null);
        }

        // The gradient and the glow are smooth already: blurring them would change nothing.
        canvas.DrawImage(backdropImage, frame, stretch, null);
    }

    public void Dispose()
    {
        picture?.Dispose();
        frostedPicture?.Dispose();
        backdrop?.Dispose();
        small.Dispose();
    }

    /// <summary>The small image of this frame: gradient and glow (no picture), or the glow alone on transparency.</summary>
    private SKImage Backdrop(in FrameState state)
    {
        if (backdrop is not null && backdropFrame == state.Frame)
        {
            return backdrop;
        }

        backdrop?.Dispose();
        var canvas = small.Canvas;
        canvas.Clear(SKColors.Transparent);
        if (picture is null)
        {
            PaintGradient(canvas, state.Hue, canvas.DeviceClipBounds);
        }

        glow.Draw(canvas, state);
        backdrop = small.Snapshot();
        backdropFrame = state.Frame;
        return backdrop;
    }

    private static void PaintGradient(SKCanvas canvas, float hue, SKRectI bounds)
    {
        // CSS 135°: towards the bottom right, along a line long enough that the corners get the end colours.
        var direction = new SKPoint(MathF.Sqrt(0.5f), MathF.Sqrt(0.5f));
        var half = (bounds.Width + bounds.Height) * MathF.Sqrt(0.5f) / 2;
        var centre = new SKPoint(bounds.Width / 2f, bounds.Height / 2f);
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(centre.X - (direction.X * half), centre.Y - (direction.Y * half)),
            new SKPoint(centre.X + (direction.X * half), centre.Y + (direction.Y * half)),
            [Palette.Hsl(hue, 80, 12), Palette.Hsl(hue + 80, 70, 8)],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(bounds, paint);
    }

    private static SKImage Blur(SKImage picture, FrameLayout layout)
    {
        var info = new SKImageInfo(Math.Max(1, layout.Width / FrostDownscale), Math.Max(1, layout.Height / FrostDownscale), SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        using var blur = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(2.5f, 2.5f, SKShaderTileMode.Clamp) };
        surface.Canvas.DrawImage(picture, SKRect.Create(info.Width, info.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), blur);
        return surface.Snapshot();
    }
}
