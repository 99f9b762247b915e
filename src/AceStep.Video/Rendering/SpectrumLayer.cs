using AceStep.Video.Analysis;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The 128-bar spectrum along the bottom: rounded bars coloured from a small ramp image (hue spread across the bars,
/// brighter towards the top), a soft glow drawn at a quarter of the resolution and blurred there (cheap) before being
/// added on top, and a faint reflection below the baseline. All bars are one path and one shader, so a frame costs
/// three draw calls whatever the bar count.
/// </summary>
internal sealed class SpectrumLayer : IDisposable
{
    private const int RampHeight = 64;
    private const float HueSpread = 160;
    private const float GlowScale = 0.25f;
    private readonly FrameLayout layout;
    private readonly SKRect area;
    private readonly float pitch;
    private readonly float barWidth;
    private readonly float glowPad;
    private readonly SKSurface glowSurface;
    private readonly SKBitmap ramp = new(AudioAnalysis.BandCount, RampHeight, SKColorType.Bgra8888, SKAlphaType.Premul);
    private readonly SKPathBuilder bars = new();
    private readonly SKPathBuilder reflection = new();
    private readonly SKRoundRect shape = new();
    private SKImage? rampImage;
    private int rampStep = int.MinValue;

    public SpectrumLayer(FrameLayout layout)
    {
        this.layout = layout;
        area = layout.Spectrum;
        pitch = area.Width / AudioAnalysis.BandCount;
        barWidth = Math.Max(2, pitch * 0.62f);
        glowPad = 48 * layout.Unit;
        glowSurface = SKSurface.Create(new SKImageInfo(
            (int)MathF.Ceiling((area.Width + (2 * glowPad)) * GlowScale),
            (int)MathF.Ceiling((area.Height + (2 * glowPad)) * GlowScale),
            SKColorType.Bgra8888,
            SKAlphaType.Premul));
    }

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        BuildPaths(state.Bands);
        using var barPath = bars.Detach();
        using var reflectionPath = reflection.Detach();
        using var shader = RampShader(state.Hue, flipped: false);
        using var paint = new SKPaint { Shader = shader, IsAntialias = true };
        DrawGlow(canvas, barPath, paint, state.Level);
        DrawReflection(canvas, reflectionPath, state.Hue);
        canvas.DrawPath(barPath, paint);
    }

    public void Dispose()
    {
        glowSurface.Dispose();
        ramp.Dispose();
        rampImage?.Dispose();
        bars.Dispose();
        reflection.Dispose();
        shape.Dispose();
    }

    private void BuildPaths(ReadOnlySpan<byte> bands)
    {
        var shortest = 6 * layout.Unit;
        var gap = 6 * layout.Unit;
        var radius = barWidth / 2;
        for (var band = 0; band < bands.Length; band++)
        {
            var amplitude = bands[band] / 255f;
            var height = shortest + (MathF.Pow(amplitude, 1.35f) * (area.Height - shortest));
            var left = area.Left + (band * pitch) + ((pitch - barWidth) / 2);
            shape.SetRect(SKRect.Create(left, area.Bottom - height, barWidth, height), radius, radius);
            bars.AddRoundRect(shape, SKPathDirection.Clockwise);
            shape.SetRect(SKRect.Create(left, area.Bottom + gap, barWidth, height * 0.3f), radius, radius);
            reflection.AddRoundRect(shape, SKPathDirection.Clockwise);
        }
    }

    private void DrawGlow(SKCanvas canvas, SKPath barPath, SKPaint barPaint, float level)
    {
        var glowCanvas = glowSurface.Canvas;
        glowCanvas.Clear(SKColors.Transparent);
        glowCanvas.Save();
        glowCanvas.Scale(GlowScale);
        glowCanvas.Translate(glowPad - area.Left, glowPad - area.Top);
        using (var blur = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 14 * layout.Unit))
        {
            barPaint.MaskFilter = blur;
            glowCanvas.DrawPath(barPath, barPaint);
            barPaint.MaskFilter = null;
        }

        glowCanvas.Restore();
        using var glow = glowSurface.Snapshot();
        using var add = new SKPaint { BlendMode = SKBlendMode.Plus, Color = SKColors.White.WithAlpha(Palette.ToByte(0.45f + (0.5f * level))) };
        var target = SKRect.Create(area.Left - glowPad, area.Top - glowPad, area.Width + (2 * glowPad), area.Height + (2 * glowPad));
        canvas.DrawImage(glow, target, new SKSamplingOptions(SKFilterMode.Linear), add);
    }

    private void DrawReflection(SKCanvas canvas, SKPath path, float hue)
    {
        using var colours = RampShader(hue, flipped: true);
        var top = area.Bottom;
        var bottom = area.Bottom + (area.Height * 0.3f);
        using var fade = SKShader.CreateLinearGradient(
            new SKPoint(0, top), new SKPoint(0, bottom), [SKColors.White.WithAlpha(70), SKColors.White.WithAlpha(0)], SKShaderTileMode.Clamp);
        using var shader = SKShader.CreateCompose(colours, fade, SKBlendMode.DstIn);
        using var paint = new SKPaint { Shader = shader, IsAntialias = true };
        canvas.DrawPath(path, paint);
    }

    private SKShader RampShader(float hue, bool flipped)
    {
        var image = Ramp(hue);
        var matrix = SKMatrix.CreateScale(pitch, area.Height / RampHeight);
        matrix = flipped
            ? matrix.PostConcat(SKMatrix.CreateScale(1, -1)).PostConcat(SKMatrix.CreateTranslation(area.Left, area.Bottom + area.Height))
            : matrix.PostConcat(SKMatrix.CreateTranslation(area.Left, area.Top));
        return image.ToShader(SKShaderTileMode.Clamp, SKShaderTileMode.Clamp, new SKSamplingOptions(SKFilterMode.Linear), matrix);
    }

    /// <summary>One column per bar: its hue (the song's, spread across the bars) from a saturated foot to a lighter top.</summary>
    private SKImage Ramp(float hue)
    {
        var step = (int)MathF.Round(hue * 2);
        if (step == rampStep && rampImage is not null)
        {
            return rampImage;
        }

        for (var column = 0; column < ramp.Width; column++)
        {
            var barHue = (step / 2f) + (HueSpread * column / ramp.Width);
            for (var row = 0; row < RampHeight; row++)
            {
                var up = 1 - ((float)row / (RampHeight - 1));
                ramp.SetPixel(column, row, Palette.Hsl(barHue + (30 * up), 88 + (10 * up), 50 + (24 * up)));
            }
        }

        rampImage?.Dispose();
        rampImage = SKImage.FromBitmap(ramp);
        rampStep = step;
        return rampImage;
    }
}
