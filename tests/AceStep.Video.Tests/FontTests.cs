using AceStep.Lyrics;
using AceStep.Video.Tests.Support;

namespace AceStep.Video.Tests;

public sealed class FontTests : IDisposable
{
    private const string ChineseLine = "夜空中最亮的星";
    private static readonly VideoFrameSize Size = new(960, 540);
    private readonly TestMedia media = new();

    [Fact]
    public async Task Chinese_lyrics_draw_with_an_installed_cjk_font_when_the_main_font_lacks_them()
    {
        Fonts.RequireCjkFont();
        var latinOnly = Fonts.Match("DejaVu Sans");
        using var withFallback = await FrameGrabber.OpenAsync(Spec(latinOnly, useSystemFonts: true));
        using var withoutFallback = await FrameGrabber.OpenAsync(Spec(latinOnly, useSystemFonts: false));

        Assert.DoesNotContain(withFallback.Warnings, warning => warning.Kind == RenderWarningKind.MissingGlyphs);
        using var drawn = withFallback.Frame(45);
        using var boxes = withoutFallback.Frame(45);
        Assert.True(FrameGrabber.ChangedShare(drawn, boxes, withFallback.LyricRegion) > 0.01, "the CJK font should draw other shapes than the missing-glyph boxes");
    }

    [Fact]
    public async Task A_cjk_font_file_given_directly_draws_the_line_without_warnings()
    {
        using var frames = await FrameGrabber.OpenAsync(Spec(Fonts.RequireCjkFont(), useSystemFonts: false));

        Assert.Empty(frames.Warnings);
    }

    [Fact]
    public async Task Without_any_font_for_the_characters_the_render_still_succeeds_and_warns_which_line_and_characters()
    {
        var spec = Spec(Fonts.Match("DejaVu Sans"), useSystemFonts: false) with { OutputPath = media.PathOf("boxes.mp4") };

        var result = await new MusicVideoRenderer().RenderAsync(spec);

        var warning = Assert.Single(result.Warnings, warning => warning.Kind == RenderWarningKind.MissingGlyphs);
        Assert.Contains("lyric line 1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+591C", warning.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(result.OutputPath));
    }

    [Fact]
    public async Task A_missing_font_file_is_refused_with_its_path()
    {
        var spec = Spec(media.PathOf("nope.ttf"), useSystemFonts: true);

        var error = await Assert.ThrowsAsync<FontUnreadableException>(() => new MusicVideoRenderer().RenderPreviewAsync(spec, TimeSpan.Zero, media.PathOf("p.png")));

        Assert.Contains("nope.ttf", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => media.Dispose();

    private MusicVideoSpec Spec(string fontFile, bool useSystemFonts) => new()
    {
        AudioPath = media.Tone(2),
        OutputPath = media.PathOf("video.mp4"),
        FrameSize = Size,
        FontFile = fontFile,
        UseSystemFonts = useSystemFonts,
        Lyrics = new TimedLyrics([new TimedLine(0.5, 2, ChineseLine)]),
    };
}
