using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>The credit line at the bottom centre, at 80 % opacity over a soft shadow.</summary>
internal sealed class CreditLayer(FrameLayout layout, FontSet fonts, string credit) : IDisposable
{
    private readonly ShapedText? text = TitleLayer.FittedLine(fonts, TitleLayer.OneLine(credit), layout.CreditSize, bold: false, layout.Width * 0.9f);

    public void Draw(SKCanvas canvas)
    {
        if (text is null)
        {
            return;
        }

        var x = (layout.Width - text.Width) / 2;
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(90) };
        text.Draw(canvas, x, layout.CreditBaseline + (2 * layout.Unit), paint);
        paint.Color = SKColors.White.WithAlpha(Palette.ToByte(0.8f));
        text.Draw(canvas, x, layout.CreditBaseline, paint);
    }

    public void Dispose() => text?.Dispose();
}
