using SkiaSharp;

namespace AceStep.Video.Text;

/// <summary>A piece of text shaped once into glyphs (a text blob drawn at its baseline), with its advance width and line metrics.</summary>
internal sealed class ShapedText(SKTextBlob? blob, float width, float ascent, float descent) : IDisposable
{
    public SKTextBlob? Blob { get; } = blob;

    public float Width { get; } = width;

    /// <summary>Distance from the top of the line to the baseline (positive).</summary>
    public float Ascent { get; } = ascent;

    /// <summary>Distance from the baseline to the bottom of the line (positive).</summary>
    public float Descent { get; } = descent;

    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        if (Blob is not null)
        {
            canvas.DrawText(Blob, x, baseline, paint);
        }
    }

    public void Dispose() => Blob?.Dispose();
}
