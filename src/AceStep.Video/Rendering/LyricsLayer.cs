using AceStep.Lyrics;
using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// The lyrics: the current line on a frosted card (fading in and sliding up 30 px over 0.3 s; fading out over 0.2 s
/// when a pause follows it), and the next line dimmed below it. The lyric clock is the video time minus the offset, so
/// a positive offset shows every line later. Lines are laid out when first needed and only a few are kept.
/// </summary>
internal sealed class LyricsLayer : IDisposable
{
    private const double FadeInSeconds = 0.3;
    private const double FadeOutSeconds = 0.2;
    private const double NextLineLeadSeconds = 6;
    private const float NextLineScale = 0.7f;
    private const int KeptCards = 6;
    private readonly FrameLayout layout;
    private readonly FontSet fonts;
    private readonly TimedLyrics lyrics;
    private readonly double offset;
    private readonly double frameSeconds;
    private readonly BackgroundLayer background;
    private readonly Dictionary<(int Index, bool Next), LyricCard> cards = [];

    public LyricsLayer(FrameLayout layout, FontSet fonts, TimedLyrics lyrics, double offsetSeconds, int framesPerSecond, BackgroundLayer background)
    {
        frameSeconds = 1.0 / framesPerSecond;
        this.layout = layout;
        this.fonts = fonts;
        this.lyrics = lyrics;
        offset = offsetSeconds;
        this.background = background;
    }

    /// <summary>The region the current line's card can cover (the widest card, at its place): tests watch it change.</summary>
    public SKRect CardRegion => SKRect.Create(
        layout.CentreX - (layout.LyricMaxWidth / 2) - (40 * layout.Unit),
        layout.LyricCentreY - (layout.LyricSize * 1.6f),
        layout.LyricMaxWidth + (80 * layout.Unit),
        layout.LyricSize * 3.2f);

    public void Draw(SKCanvas canvas, in FrameState state)
    {
        var clock = state.Seconds - offset;
        var current = lyrics.IndexAt(clock);
        var upcoming = current >= 0 ? current + 1 : FirstAfter(clock);
        var cardBottom = layout.LyricCentreY + (layout.LyricSize * 0.9f);
        if (current >= 0)
        {
            cardBottom = DrawCurrent(canvas, state, current, clock);
        }

        if (upcoming < lyrics.Lines.Count && lyrics.Lines[upcoming].Start - clock <= NextLineLeadSeconds)
        {
            DrawNext(canvas, upcoming, cardBottom + (24 * layout.Unit));
        }

        Forget(current, upcoming);
    }

    /// <summary>Lays out every line once (then lets them go) and returns what a viewer would miss: boxes for missing glyphs, cut lines.</summary>
    public IEnumerable<RenderWarning> Check()
    {
        for (var index = 0; index < lyrics.Lines.Count; index++)
        {
            var line = lyrics.Lines[index];
            using var card = Card(index, next: false, keep: false);
            if (card.Block.Truncated)
            {
                yield return new RenderWarning(RenderWarningKind.TextTooLong, $"lyric line {index + 1} (\"{Quote(line.Text)}\") is too long to fit the frame: its end is cut with \"…\"");
            }
        }
    }

    public void Dispose()
    {
        foreach (var card in cards.Values)
        {
            card.Dispose();
        }
    }

    private float DrawCurrent(SKCanvas canvas, in FrameState state, int index, double clock)
    {
        var card = Card(index, next: false, keep: true);
        var line = card.Line;
        // Counted from the end of the frame, so a line's first frame already shows it: counted from the start, that
        // frame would be blank between two back-to-back lines.
        var fadeIn = Easing.OutCubic((clock - line.Start + frameSeconds) / FadeInSeconds);
        var pauseFollows = index + 1 >= lyrics.Lines.Count || lyrics.Lines[index + 1].Start - line.End >= FadeInSeconds;
        var fadeOut = pauseFollows ? (float)Math.Clamp((line.End - clock) / FadeOutSeconds, 0, 1) : 1;
        var alpha = fadeIn * fadeOut;
        var slide = 30 * layout.Unit * (1 - fadeIn);
        var rect = SKRect.Create(layout.CentreX - (card.Size.Width / 2), layout.LyricCentreY - (card.Size.Height / 2) + slide, card.Size.Width, card.Size.Height);
        using var fade = alpha < 1 ? new SKPaint { Color = SKColors.White.WithAlpha(Palette.ToByte(alpha)) } : null;
        var saved = fade is null ? canvas.Save() : canvas.SaveLayer(Inflate(rect, 4 * layout.Unit), fade);
        DrawFrostedCard(canvas, state, rect);
        card.DrawWords(canvas, new SKPoint(rect.Left + card.Padding.Width, rect.Top + card.Padding.Height), clock, 1);
        canvas.RestoreToCount(saved);
        return rect.Bottom;
    }

    private void DrawFrostedCard(SKCanvas canvas, in FrameState state, SKRect rect)
    {
        var radius = 20 * layout.Unit;
        using var shape = new SKRoundRect(rect, radius, radius);
        canvas.Save();
        canvas.ClipRoundRect(shape, SKClipOperation.Intersect, antialias: true);
        background.DrawFrosted(canvas, state);
        using (var tint = SKShader.CreateLinearGradient(
            new SKPoint(rect.Left, rect.Top),
            new SKPoint(rect.Left, rect.Bottom),
            [new SKColor(255, 255, 255, 34), new SKColor(8, 8, 20, 120)],
            SKShaderTileMode.Clamp))
        using (var fill = new SKPaint { Shader = tint })
        {
            canvas.DrawRect(rect, fill);
        }

        canvas.Restore();
        using var border = new SKPaint { IsAntialias = true, IsStroke = true, StrokeWidth = 2 * layout.Unit, Color = Palette.Hsl(state.Hue, 85, 72, 0.5f) };
        canvas.DrawRoundRect(shape, border);
    }

    private void DrawNext(SKCanvas canvas, int index, float top)
    {
        var card = Card(index, next: true, keep: true);
        var origin = new SKPoint(layout.CentreX - (card.Block.Width / 2), top);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(Palette.ToByte(0.42f)) };
        foreach (var word in card.Block.Words)
        {
            word.Text.Draw(canvas, origin.X + word.X, origin.Y + word.Baseline, paint);
        }
    }

    private LyricCard Card(int index, bool next, bool keep)
    {
        if (keep && cards.TryGetValue((index, next), out var cached))
        {
            return cached;
        }

        var size = next ? layout.LyricSize * NextLineScale : layout.LyricSize;
        var padding = new SKSize(36 * layout.Unit, 20 * layout.Unit);
        var card = LyricCard.Build(fonts, lyrics.Lines[index], size, bold: !next, layout.LyricMaxWidth, next ? 2 : layout.LyricMaxRows, padding);
        if (keep)
        {
            cards[(index, next)] = card;
        }

        return card;
    }

    private void Forget(int current, int upcoming)
    {
        if (cards.Count <= KeptCards)
        {
            return;
        }

        foreach (var key in cards.Keys.Where(key => key.Index != current && key.Index != upcoming).ToList())
        {
            cards[key].Dispose();
            cards.Remove(key);
        }
    }

    private int FirstAfter(double clock)
    {
        for (var index = 0; index < lyrics.Lines.Count; index++)
        {
            if (lyrics.Lines[index].Start > clock)
            {
                return index;
            }
        }

        return lyrics.Lines.Count;
    }

    private static SKRect Inflate(SKRect rect, float by) => SKRect.Inflate(rect, by, by);

    internal static string Quote(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
