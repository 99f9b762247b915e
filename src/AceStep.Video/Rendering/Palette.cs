using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>Colours by hue, saturation and lightness (as CSS writes them), and the hue drift over the song.</summary>
internal static class Palette
{
    public const float StartHue = 200;
    public const float HueDrift = 120;

    /// <summary>The song's hue at <paramref name="seconds"/>: from 200° at the start to 320° at the end.</summary>
    public static float HueAt(double seconds, double duration) =>
        StartHue + (HueDrift * (float)Math.Clamp(duration > 0 ? seconds / duration : 0, 0, 1));

    public static SKColor Hsl(float hue, float saturation, float lightness, float alpha = 1) =>
        SKColor.FromHsl(Wrap(hue), saturation, lightness).WithAlpha(ToByte(alpha));

    public static byte ToByte(float alpha) => (byte)Math.Clamp(MathF.Round(alpha * 255), 0, 255);

    private static float Wrap(float hue) => ((hue % 360) + 360) % 360;
}
