using System.Text;
using SkiaSharp;

namespace AceStep.Video.Text;

/// <summary>
/// Shapes text with HarfBuzz, so that Arabic joins, Hebrew and Arabic run right to left, and CJK, Indic and accents
/// get their proper glyphs. The text is cut into runs by the face that covers each character (the main font, else a
/// fallback); a character no face covers is drawn by the main face (as its "missing" box).
/// </summary>
internal static class TextShaper
{
    public static ShapedText Shape(FontSet fonts, string text, float size, bool bold, float letterSpacing = 0)
    {
        using var builder = new SKTextBlobBuilder();
        var x = 0f;
        var ascent = 0f;
        var descent = 0f;
        foreach (var (face, runText) in Runs(fonts, text))
        {
            var drawFace = bold ? fonts.BoldOf(face) : face;
            using var font = new SKFont(drawFace, size)
            {
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
                Hinting = SKFontHinting.Slight,
                Embolden = bold && drawFace.FontWeight < (int)SKFontStyleWeight.SemiBold,
            };
            var metrics = font.Metrics;
            ascent = Math.Max(ascent, -metrics.Ascent);
            descent = Math.Max(descent, metrics.Descent);
            var shaped = fonts.ShaperFor(drawFace).Shape(runText, font);
            var glyphs = new ushort[shaped.Codepoints.Length];
            var points = new SKPoint[glyphs.Length];
            for (var i = 0; i < glyphs.Length; i++)
            {
                glyphs[i] = (ushort)shaped.Codepoints[i];
                points[i] = new SKPoint(x + shaped.Points[i].X + (i * letterSpacing), shaped.Points[i].Y);
            }

            if (glyphs.Length > 0)
            {
                builder.AddPositionedRun(glyphs, font, points);
            }

            x += shaped.Width + (glyphs.Length * letterSpacing);
        }

        return new ShapedText(x > 0 ? builder.Build() : null, Math.Max(0, x - letterSpacing), ascent, descent);
    }

    // A combining mark stays with the face of the letter it sits on, or HarfBuzz could not place it.
    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static IEnumerable<(SKTypeface Face, string Text)> Runs(FontSet fonts, string text)
    {
        SKTypeface? current = null;
        var run = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = (FontSet.IsInvisible(rune) || IsMark(rune)) && current is not null ? current : fonts.FaceFor(rune.Value) ?? fonts.Main;
            if (current is not null && face != current && run.Length > 0)
            {
                yield return (current, run.ToString());
                run.Clear();
            }

            current = face;
            run.Append(rune.ToString());
        }

        if (current is not null && run.Length > 0)
        {
            yield return (current, run.ToString());
        }
    }
}
