using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The back of every frame: the dimmed picture, or the dark 135° gradient from hsl(h, 80 %, 12 %) to hsl(h+80, 70 %, 8 %)
/// whose hue drifts over the song. Both are drawn once and copied into each frame; the gradient is redrawn only when
/// the hue has moved a quarter of a degree, which no eye can tell apart. It also gives the frosted cards their blurred
/// view of what lies behind them.
/// </summary>
internal sealed class BackgroundLayer : IDisposable
{
    private const float HueStepsPerDegree = 4;
    private const int FrostDownscale = 8;
    private readonly FrameLayout layout;
    private readonly SKImage? picture;
    private readonly SKImage? frostedPicture;
    private readonly SKSurface? gradientSurface;
    private SKImage? gradient;
    private int gradientStep = int.MinValue;

    public BackgroundLayer(FrameLayout layout, SKImage? picture)
    {
        this.layout = layout;
        this.picture = picture;
        if (picture is not null)
        {
            frostedPicture = Blur(picture, layout);
        }
        else
        {
            gradientSurface = SKSurface.Create(new SKImageInfo(layout.Width, layout.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        }
    }

    public void Draw(SKCanvas canvas, float hue) => canvas.DrawImage(Current(hue), 0, 0, SKSamplingOptions.Default, null);

    /// <summary>Draws, inside the canvas's current clip, a blurred view of the background (the frosted-glass look).</summary>
    public void DrawFrosted(SKCanvas canvas, float hue)
    {
        if (frostedPicture is null)
        {
            // The gradient is smooth already: blurring it would change nothing.
            canvas.DrawImage(Current(hue), 0, 0, SKSamplingOptions.Default, null);
            return;
        }

        canvas.DrawImage(frostedPicture, SKRect.Create(layout.Width, layout.Height), new SKSamplingOptions(SKFilterMode.Linear), null);
    }

    public void Dispose()
    {
        picture?.Dispose();
        frostedPicture?.Dispose();
        gradient?.Dispose();
        gradientSurface?.Dispose();
    }

    private SKImage Current(float hue)
    {
        if (picture is not null)
        {
            return picture;
        }

        var step = (int)MathF.Round(hue * HueStepsPerDegree);
        if (step != gradientStep || gradient is null)
        {
            gradient?.Dispose();
            PaintGradient(gradientSurface!.Canvas, step / HueStepsPerDegree);
            gradient = gradientSurface.Snapshot();
            gradientStep = step;
        }

        return gradient;
    }

    private void PaintGradient(SKCanvas canvas, float hue)
    {
        // CSS 135°: towards the bottom right, along a line long enough that the corners get the end colours.
        var direction = new SKPoint(MathF.Sqrt(0.5f), MathF.Sqrt(0.5f));
        var half = ((layout.Width + layout.Height) * MathF.Sqrt(0.5f)) / 2;
        var centre = new SKPoint(layout.Width / 2f, layout.Height / 2f);
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(centre.X - (direction.X * half), centre.Y - (direction.Y * half)),
            new SKPoint(centre.X + (direction.X * half), centre.Y + (direction.Y * half)),
            [Palette.Hsl(hue, 80, 12), Palette.Hsl(hue + 80, 70, 8)],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader, IsDither = true };
        canvas.DrawRect(0, 0, layout.Width, layout.Height, paint);
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
