using AceStep.Video.Analysis;
using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// Draws any frame of the video, back to front: background and centre glow, side bars, spectrum, title, lyrics, credit.
/// Everything that does not change from frame to frame is prepared once here; drawing a frame only reads the song's
/// analysis for that frame.
/// </summary>
internal sealed class FrameComposer : IDisposable
{
    private readonly AudioAnalysis analysis;
    private readonly BackgroundLayer background;
    private readonly SideBarsLayer sideBars;
    private readonly SpectrumLayer spectrum;
    private readonly TitleLayer title;
    private readonly LyricsLayer lyrics;
    private readonly CreditLayer credit;

    public FrameComposer(MusicVideoSpec spec, AudioAnalysis analysis, FontSet fonts, SKImage? picture)
    {
        this.analysis = analysis;
        Layout = FrameLayout.For(spec.FrameSize);
        background = new BackgroundLayer(Layout, picture);
        sideBars = new SideBarsLayer(Layout);
        spectrum = new SpectrumLayer(Layout);
        title = new TitleLayer(Layout, fonts, spec.Title, spec.Subtitle);
        lyrics = new LyricsLayer(Layout, fonts, spec.Lyrics, spec.LyricsOffsetSeconds, spec.FramesPerSecond, background);
        credit = new CreditLayer(Layout, fonts, spec.Credit);
    }

    public FrameLayout Layout { get; }

    /// <summary>Where the current lyric line's card can appear.</summary>
    public SKRect LyricRegion => lyrics.CardRegion;

    public IEnumerable<RenderWarning> CheckLyrics() => lyrics.Check();

    public void Draw(SKCanvas canvas, int frame)
    {
        var seconds = (double)frame / analysis.FramesPerSecond;
        var state = new FrameState(
            frame,
            seconds,
            Palette.HueAt(seconds, analysis.Duration.TotalSeconds),
            analysis.Level(frame),
            analysis.Pulse(frame),
            analysis.Bands(frame));
        background.Draw(canvas, state);
        sideBars.Draw(canvas, state);
        spectrum.Draw(canvas, state);
        title.Draw(canvas, state);
        lyrics.Draw(canvas, state);
        credit.Draw(canvas);
    }

    public void Dispose()
    {
        background.Dispose();
        title.Dispose();
        lyrics.Dispose();
        credit.Dispose();
    }
}
