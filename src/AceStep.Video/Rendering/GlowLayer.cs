using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The radial glow at the centre of the frame, tinted by the song's hue; it brightens with the level and flashes on
/// beats. It is drawn on the background's small canvas (<paramref name="width"/> by <paramref name="height"/>), which is
/// then stretched over the frame.
/// </summary>
internal sealed class GlowLayer(int width, int height)
{
    private readonly SKPoint centre = new(width / 2f, height * 0.48f);
    private readonly float radius = Math.Max(width, height) * 0.55f;

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        var alpha = Math.Clamp(0.06f + (0.34f * state.Level) + (0.12f * state.Pulse), 0, 0.6f);
        using var shader = SKShader.CreateRadialGradient(
            centre,
            radius,
            [Palette.Hsl(state.Hue, 85, 55, alpha), Palette.Hsl(state.Hue + 20, 85, 50, alpha * 0.35f), Palette.Hsl(state.Hue + 40, 85, 45, 0)],
            [0, 0.45f, 1],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawCircle(centre, radius, paint);
    }
}
