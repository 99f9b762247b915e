using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The 128-bar spectrum along the bottom: rounded bars, their hue spread across the width from the song's hue, each
/// lit towards its top, wrapped in two soft halos that widen and brighten with the bar's amplitude (its glow), over a
/// faint reflection below the baseline. Every shape is a solid-coloured rounded rectangle: Skia draws those on its
/// fastest path (a shader or a blur per bar cost five to ten times as much here, and the frame budget is 33 ms).
/// </summary>
internal sealed class SpectrumLayer(FrameLayout layout)
{
    private const float HueSpread = 160;
    private readonly SKRect area = layout.Spectrum;

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        var count = state.Bands.Length;
        var pitch = area.Width / count;
        var width = Math.Max(2, pitch * 0.62f);
        var radius = width / 2;
        var shortest = 6 * layout.Unit;
        var halo = 10 * layout.Unit;
        using var paint = new SKPaint { IsAntialias = true };
        for (var band = 0; band < count; band++)
        {
            var amplitude = state.Bands[band] / 255f;
            var height = shortest + (MathF.Pow(amplitude, 1.35f) * (area.Height - shortest));
            var bar = SKRect.Create(area.Left + (band * pitch) + ((pitch - width) / 2), area.Bottom - height, width, height);
            var hue = state.Hue + (HueSpread * band / count);
            DrawHalo(canvas, paint, bar, hue, amplitude, halo);
            paint.Color = Palette.Hsl(hue, 70, 55, 0.16f);
            canvas.DrawRoundRect(SKRect.Create(bar.Left, area.Bottom + (6 * layout.Unit), width, height * 0.3f), radius, radius, paint);
            paint.Color = Palette.Hsl(hue, 90, 52);
            canvas.DrawRoundRect(bar, radius, radius, paint);
            paint.Color = Palette.Hsl(hue + 30, 100, 78, 0.85f);
            canvas.DrawRoundRect(SKRect.Create(bar.Left, bar.Top, width, Math.Min(height, Math.Max(width, height * 0.35f))), radius, radius, paint);
        }
    }

    private static void DrawHalo(SKCanvas canvas, SKPaint paint, SKRect bar, float hue, float amplitude, float size)
    {
        var spread = size * (0.6f + amplitude);
        paint.Color = Palette.Hsl(hue, 95, 60, 0.05f + (0.09f * amplitude));
        var outer = SKRect.Inflate(bar, spread * 1.6f, spread * 1.6f);
        canvas.DrawRoundRect(outer, outer.Width / 2, outer.Width / 2, paint);
        paint.Color = Palette.Hsl(hue, 95, 62, 0.08f + (0.14f * amplitude));
        var inner = SKRect.Inflate(bar, spread * 0.7f, spread * 0.7f);
        canvas.DrawRoundRect(inner, inner.Width / 2, inner.Width / 2, paint);
    }
}
