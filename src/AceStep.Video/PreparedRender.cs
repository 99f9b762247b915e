using System.Diagnostics;
using System.Globalization;
using System.Text;
using AceStep.Video.Analysis;
using AceStep.Video.Media;
using AceStep.Video.Rendering;
using AceStep.Video.Text;
using SkiaSharp;

namespace AceStep.Video;

/// <summary>
/// What a render or a preview needs before the first frame: ffmpeg found, the spec checked, fonts and the background
/// loaded, the song analysed, the frame composer built, and the warnings gathered. Cheap checks come first, so a bad
/// font or image fails before the audio is decoded.
/// </summary>
internal sealed class PreparedRender : IDisposable
{
    private PreparedRender(string ffmpeg, AudioAnalysis analysis, FontSet fonts, FrameComposer composer, IReadOnlyList<RenderWarning> warnings, TimeSpan analysisTime)
    {
        Ffmpeg = ffmpeg;
        Analysis = analysis;
        Fonts = fonts;
        Composer = composer;
        Warnings = warnings;
        AnalysisTime = analysisTime;
    }

    public string Ffmpeg { get; }

    public AudioAnalysis Analysis { get; }

    public FontSet Fonts { get; }

    public FrameComposer Composer { get; }

    public IReadOnlyList<RenderWarning> Warnings { get; }

    public TimeSpan AnalysisTime { get; }

    public static async Task<PreparedRender> PrepareAsync(MusicVideoSpec spec, CancellationToken cancellationToken)
    {
        Validate(spec);
        var ffmpeg = FfmpegLocator.Resolve(spec.FfmpegPath);
        var fonts = FontSet.Load(spec.FontFile, spec.UseSystemFonts);
        SKImage? picture = null;
        try
        {
            picture = spec.BackgroundImagePath is { } path ? BackgroundPicture.Load(path, spec.FrameSize.Width, spec.FrameSize.Height) : null;
            var clock = Stopwatch.StartNew();
            var analysis = await AudioAnalyser.AnalyseAsync(ffmpeg, spec.AudioPath, spec.FramesPerSecond, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            var composer = new FrameComposer(spec, analysis, fonts, picture);
            picture = null;
            var warnings = GlyphWarnings(spec, fonts).Concat(composer.CheckLyrics()).ToList();
            return new PreparedRender(ffmpeg, analysis, fonts, composer, warnings, clock.Elapsed);
        }
        catch
        {
            picture?.Dispose();
            fonts.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Composer.Dispose();
        Fonts.Dispose();
    }

    private static void Validate(MusicVideoSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(spec.AudioPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(spec.OutputPath);
        ArgumentNullException.ThrowIfNull(spec.Lyrics);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.FramesPerSecond, 24, nameof(spec.FramesPerSecond));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(spec.FramesPerSecond, 60, nameof(spec.FramesPerSecond));
        if (!double.IsFinite(spec.LyricsOffsetSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), "the lyrics offset must be a finite number of seconds");
        }

        if (spec.MaxSizeBytes is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), "the size limit must be above zero");
        }
    }

    private static IEnumerable<RenderWarning> GlyphWarnings(MusicVideoSpec spec, FontSet fonts)
    {
        var texts = new List<(string Where, string Text)> { ("the title", spec.Title), ("the subtitle", spec.Subtitle), ("the credit", spec.Credit) };
        texts.AddRange(spec.Lyrics.Lines.Select((line, index) => ($"lyric line {index + 1}", line.Text)));
        foreach (var (where, text) in texts)
        {
            var missing = fonts.Uncovered(text);
            if (missing.Count > 0)
            {
                yield return new RenderWarning(RenderWarningKind.MissingGlyphs, DescribeMissing(where, text, missing));
            }
        }
    }

    private static string DescribeMissing(string where, string text, IReadOnlyList<Rune> missing)
    {
        var shown = string.Join(", ", missing.Take(5).Select(rune => string.Create(CultureInfo.InvariantCulture, $"{rune} (U+{rune.Value:X4})")));
        var more = missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty;
        return $"{where} (\"{LyricsLayer.Quote(text)}\") has characters no installed font can draw: {shown}{more}. They will show as empty boxes; "
            + "install a font that covers them (for Chinese, Japanese or Korean: fonts-noto-cjk on Debian/Ubuntu) or give a font file.";
    }
}
