using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>The radial glow at the centre of the frame, tinted by the song's hue; it brightens with the level and flashes on beats.</summary>
internal sealed class GlowLayer(FrameLayout layout)
{
    private readonly SKPoint centre = new(layout.Width / 2f, layout.Height * 0.48f);
    private readonly float radius = Math.Max(layout.Width, layout.Height) * 0.55f;

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        var alpha = Math.Clamp(0.06f + (0.34f * state.Level) + (0.12f * state.Pulse), 0, 0.6f);
        using var shader = SKShader.CreateRadialGradient(
            centre,
            radius,
            [Palette.Hsl(state.Hue, 85, 55, alpha), Palette.Hsl(state.Hue + 20, 85, 50, alpha * 0.35f), Palette.Hsl(state.Hue + 40, 85, 45, 0)],
            [0, 0.45f, 1],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader, IsDither = true };
        canvas.DrawCircle(centre, radius, paint);
    }
}
