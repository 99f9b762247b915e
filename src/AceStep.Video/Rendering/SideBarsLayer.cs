using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// Twenty bars growing in from each side, one per group of the lowest spectrum bands (bass at the bottom), the right
/// side in the complementary hue.
/// </summary>
internal sealed class SideBarsLayer(FrameLayout layout)
{
    public const int BarCount = 20;
    private const int BandsPerBar = 3;

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        var area = layout.SideBars;
        var pitch = area.Height / BarCount;
        var thickness = Math.Min(12 * layout.Unit, pitch * 0.6f);
        var shortest = 10 * layout.Unit;
        using var paint = new SKPaint { IsAntialias = true };
        for (var bar = 0; bar < BarCount; bar++)
        {
            var amplitude = Loudest(state.Bands, bar) / 255f;
            var length = shortest + (MathF.Pow(amplitude, 1.6f) * (layout.SideBarMaxLength - shortest));
            var y = area.Bottom - ((bar + 0.5f) * pitch) - (thickness / 2);
            var hue = state.Hue + (bar * 6);
            var alpha = 0.35f + (0.5f * amplitude);
            paint.Color = Palette.Hsl(hue, 90, 62, alpha);
            canvas.DrawRoundRect(SKRect.Create(area.Left, y, length, thickness), thickness / 2, thickness / 2, paint);
            paint.Color = Palette.Hsl(hue + 180, 90, 62, alpha);
            canvas.DrawRoundRect(SKRect.Create(area.Right - length, y, length, thickness), thickness / 2, thickness / 2, paint);
        }
    }

    private static byte Loudest(ReadOnlySpan<byte> bands, int bar)
    {
        var loudest = (byte)0;
        foreach (var value in bands.Slice(bar * BandsPerBar, BandsPerBar))
        {
            loudest = Math.Max(loudest, value);
        }

        return loudest;
    }
}
