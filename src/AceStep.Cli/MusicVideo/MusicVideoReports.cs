using AceStep.Cli.Json;
using AceStep.Cli.Songs;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>Builds the JSON description of a rendered video or preview frame from what went into it.</summary>
internal static class MusicVideoReports
{
    public static MusicVideoReport ForVideo(MusicVideoSpec spec, SongSource song, LyricsChoice lyrics, RenderResult result, IReadOnlyList<string> warnings) =>
        Describe("video", result.OutputPath, result.Duration, spec, song, lyrics, warnings) with
        {
            Frames = result.Frames,
            SizeBytes = result.SizeBytes,
            SizeFit = result.SizeFit is { } fit ? new SizeFitBody(fit.LimitBytes, fit.RenderedBytes, fit.FinalBytes, fit.Encodes, fit.Fits, fit.FailureReason) : null,
        };

    public static MusicVideoReport ForPreview(MusicVideoSpec spec, SongSource song, LyricsChoice lyrics, PreviewResult preview, IReadOnlyList<string> warnings) =>
        Describe("preview", preview.PngPath, preview.At, spec, song, lyrics, warnings);

    private static MusicVideoReport Describe(string kind, string output, TimeSpan time, MusicVideoSpec spec, SongSource song, LyricsChoice lyrics, IReadOnlyList<string> warnings) => new()
    {
        Kind = kind,
        Output = output,
        JobId = song.JobId,
        Audio = spec.AudioPath,
        Duration = Math.Round(time.TotalSeconds, 3),
        Width = spec.FrameSize.Width,
        Height = spec.FrameSize.Height,
        Fps = spec.FramesPerSecond,
        Codec = spec.Codec.ToName(),
        Title = spec.Title,
        Background = spec.BackgroundImagePath,
        LyricsSource = lyrics.Source,
        LyricsPath = lyrics.Path,
        LyricsLines = lyrics.Lyrics.Lines.Count,
        LyricsOffset = spec.LyricsOffsetSeconds,
        Warnings = [.. warnings],
    };
}
