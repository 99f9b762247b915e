using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The title and subtitle at the top, drawn once into two images (the white text, and its blurred outline for the
/// glow), which are merged into one, the glow tinted with the song's hue, whenever the hue has moved a degree. A frame
/// then draws that one image: over the first second it fades in and slides down 50 px with an ease-out; afterwards it
/// swells with the level and the beat.
/// </summary>
internal sealed class TitleLayer : IDisposable
{
    private const double IntroSeconds = 1.0;
    private readonly FrameLayout layout;
    private readonly SKImage? text;
    private readonly SKImage? glow;
    private readonly SKRect bounds;
    private readonly SKSurface? compositeSurface;
    private SKImage? composite;
    private int compositeHue = int.MinValue;

    public TitleLayer(FrameLayout layout, FontSet fonts, string title, string subtitle)
    {
        this.layout = layout;
        using var titleText = FittedLine(fonts, OneLine(title), layout.TitleSize, bold: true, layout.TitleMaxWidth);
        using var subtitleText = FittedLine(fonts, OneLine(subtitle), layout.SubtitleSize, bold: false, layout.TitleMaxWidth, 4 * layout.Unit);
        if (titleText is null && subtitleText is null)
        {
            return;
        }

        var pad = 48 * layout.Unit;
        var gap = 14 * layout.Unit;
        var width = Math.Max(titleText?.Width ?? 0, subtitleText?.Width ?? 0) + (2 * pad);
        var titleHeight = titleText is null ? 0 : titleText.Ascent + titleText.Descent;
        var subtitleHeight = subtitleText is null ? 0 : subtitleText.Ascent + subtitleText.Descent;
        var height = titleHeight + subtitleHeight + (titleText is not null && subtitleText is not null ? gap : 0) + (2 * pad);
        bounds = SKRect.Create(layout.CentreX - (width / 2), layout.TitleTop - pad, width, height);
        var info = new SKImageInfo((int)MathF.Ceiling(width), (int)MathF.Ceiling(height), SKColorType.Bgra8888, SKAlphaType.Premul);
        text = Paint(info, canvas => DrawLines(canvas, titleText, subtitleText, width, pad, gap, mask: false));
        glow = Paint(info, canvas => DrawLines(canvas, titleText, subtitleText, width, pad, gap, mask: true));
        compositeSurface = SKSurface.Create(info);
    }

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        if (text is null || glow is null)
        {
            return;
        }

        var intro = Easing.OutCubic(state.Seconds / IntroSeconds);
        var alpha = (float)Math.Clamp(state.Seconds / IntroSeconds, 0, 1);
        var scale = 1 + (0.05f * state.Level) + (0.06f * state.Pulse);
        canvas.Save();
        canvas.Translate(0, -50 * layout.Unit * (1 - intro));
        canvas.Scale(scale, scale, bounds.MidX, bounds.MidY);
        using (var paint = new SKPaint { Color = SKColors.White.WithAlpha(Palette.ToByte(alpha)) })
        {
            canvas.DrawImage(Composite(state.Hue), bounds, new SKSamplingOptions(SKFilterMode.Linear), paint);
        }

        canvas.Restore();
    }

    public void Dispose()
    {
        text?.Dispose();
        glow?.Dispose();
        composite?.Dispose();
        compositeSurface?.Dispose();
    }

    private SKImage Composite(float hue)
    {
        var degree = (int)MathF.Round(hue);
        if (composite is not null && degree == compositeHue)
        {
            return composite;
        }

        composite?.Dispose();
        var canvas = compositeSurface!.Canvas;
        canvas.Clear(SKColors.Transparent);
        using (var tint = SKColorFilter.CreateBlendMode(Palette.Hsl(degree, 95, 62), SKBlendMode.SrcIn))
        using (var glowPaint = new SKPaint { ColorFilter = tint, Color = SKColors.White.WithAlpha(Palette.ToByte(0.85f)) })
        {
            canvas.DrawImage(glow!, 0, 0, SKSamplingOptions.Default, glowPaint);
        }

        canvas.DrawImage(text!, 0, 0, SKSamplingOptions.Default, null);
        composite = compositeSurface.Snapshot();
        compositeHue = degree;
        return composite;
    }

    /// <summary>A line that fits <paramref name="maxWidth"/>: shrunk to 60 % if need be, then cut with "…".</summary>
    internal static ShapedText? FittedLine(FontSet fonts, string line, float size, bool bold, float maxWidth, float letterSpacing = 0)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var spacing = TextScript.IsRightToLeft(line) ? 0 : letterSpacing;
        var shaped = TextShaper.Shape(fonts, line, size, bold, spacing);
        if (shaped.Width <= maxWidth)
        {
            return shaped;
        }

        var smaller = Math.Max(size * TextBlock.MinimumScale, size * maxWidth / shaped.Width);
        shaped.Dispose();
        var runes = line.EnumerateRunes().ToList();
        for (var keep = runes.Count; ; keep--)
        {
            var candidate = keep == runes.Count ? line : string.Concat(runes.Take(keep).Select(rune => rune.ToString())).TrimEnd() + "…";
            shaped = TextShaper.Shape(fonts, candidate, smaller, bold, spacing);
            if (shaped.Width <= maxWidth || keep <= 1)
            {
                return shaped;
            }

            shaped.Dispose();
        }
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static SKImage Paint(SKImageInfo info, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        return surface.Snapshot();
    }

    private void DrawLines(SKCanvas canvas, ShapedText? title, ShapedText? subtitle, float width, float pad, float gap, bool mask)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.White };
        using var blur = mask ? SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 16 * layout.Unit) : null;
        paint.MaskFilter = blur;
        var y = pad;
        if (title is not null)
        {
            title.Draw(canvas, (width - title.Width) / 2, y + title.Ascent, paint);
            y += title.Ascent + title.Descent + gap;
        }

        if (subtitle is not null)
        {
            paint.Color = SKColors.White.WithAlpha(mask ? (byte)140 : (byte)225);
            subtitle.Draw(canvas, (width - subtitle.Width) / 2, y + subtitle.Ascent, paint);
        }
    }
}
