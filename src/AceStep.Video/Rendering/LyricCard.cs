using AceStep.Lyrics;
using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// One lyric line laid out once: its wrapped words and the size of the frosted card around them. It draws the words
/// plain, or word by word when the line carries word times: sung words white, the word being sung filling in from its
/// reading start, words still to come dimmed.
/// </summary>
internal sealed class LyricCard : IDisposable
{
    private const float UpcomingAlpha = 0.45f;

    private LyricCard(TimedLine line, TextBlock block, SKSize padding)
    {
        Line = line;
        Block = block;
        Size = new SKSize(block.Width + (2 * padding.Width), block.Height + (2 * padding.Height));
        Padding = padding;
        RightToLeft = TextScript.IsRightToLeft(line.Text);
    }

    public TimedLine Line { get; }

    public TextBlock Block { get; }

    public SKSize Size { get; }

    public SKSize Padding { get; }

    public bool RightToLeft { get; }

    public static LyricCard Build(FontSet fonts, TimedLine line, float size, bool bold, float maxWidth, int maxRows, SKSize padding) =>
        new(line, TextBlock.Build(fonts, TextTokenizer.Tokens(line), size, bold, maxWidth, maxRows), padding);

    /// <summary>Draws the words with the block's top-left corner at <paramref name="origin"/>; <paramref name="clock"/> is the lyric time.</summary>
    public void DrawWords(SKCanvas canvas, SKPoint origin, double clock, float alpha)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var word in Block.Words)
        {
            var x = origin.X + word.X;
            var y = origin.Y + word.Baseline;
            var progress = Progress(word.WordIndex, clock);
            paint.Color = SKColors.White.WithAlpha(Palette.ToByte(alpha * (progress >= 1 ? 1 : UpcomingAlpha)));
            word.Text.Draw(canvas, x, y, paint);
            if (progress is > 0 and < 1)
            {
                DrawSungPart(canvas, word, x, y, progress, alpha, paint);
            }
        }
    }

    public void Dispose() => Block.Dispose();

    private void DrawSungPart(SKCanvas canvas, PlacedWord word, float x, float y, float progress, float alpha, SKPaint paint)
    {
        var sung = word.Text.Width * progress;
        var left = RightToLeft ? x + word.Text.Width - sung : x;
        canvas.Save();
        canvas.ClipRect(SKRect.Create(left, y - (word.Text.Ascent * 1.2f), sung, (word.Text.Ascent + word.Text.Descent) * 1.3f));
        paint.Color = SKColors.White.WithAlpha(Palette.ToByte(alpha));
        word.Text.Draw(canvas, x, y, paint);
        canvas.Restore();
    }

    /// <summary>How much of the word has been sung at <paramref name="clock"/>, 0 to 1 (1 for every word of a line without word times).</summary>
    private float Progress(int wordIndex, double clock)
    {
        if (wordIndex < 0 || wordIndex >= Line.Words.Count)
        {
            return 1;
        }

        var word = Line.Words[wordIndex];
        if (clock >= word.End)
        {
            return 1;
        }

        return word.End > word.Start ? (float)Math.Clamp((clock - word.Start) / (word.End - word.Start), 0, 1) : 0;
    }
}
