using System.Globalization;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Cli.Songs;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// Turns a song, its timed lyrics and a look into a <see cref="MusicVideoSpec"/>, and renders it (or one preview
/// frame) with progress shown and the renderer's warnings passed on. Shared by <c>mv</c> and <c>video</c>.
/// </summary>
internal sealed class MusicVideoMaker
{
    private readonly RunContext _context;
    private readonly string _ffmpeg;

    private MusicVideoMaker(RunContext context, string ffmpeg)
    {
        _context = context;
        _ffmpeg = ffmpeg;
    }

    /// <summary>Checks for ffmpeg first, so that a machine without it is told before anything else happens.</summary>
    public static MusicVideoMaker Create(RunContext context)
    {
        var ffmpeg = ExecutableLocator.Find("ffmpeg", context.Environment) ?? throw new CliException(
            ExitCode.MissingTool,
            "ffmpeg_missing",
            "ffmpeg was not found on the PATH: music videos are encoded with it.",
            "Install it (Debian/Ubuntu: sudo apt-get install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg), then run the command again.");
        return new MusicVideoMaker(context, ffmpeg);
    }

    public static string DefaultOutputPath(SongSource song, VideoCodec codec) => Path.Combine(song.Folder, song.Stem + codec.FileExtension());

    public MusicVideoSpec Spec(SongSource song, LyricsChoice lyrics, VideoLook look, string outputPath, bool overwrite) => new()
    {
        AudioPath = song.AudioPath ?? throw new ArgumentException("A video needs the song's local audio file.", nameof(song)),
        OutputPath = outputPath,
        Overwrite = overwrite,
        Lyrics = lyrics.Lyrics,
        LyricsOffsetSeconds = look.OffsetSeconds,
        Title = look.Title ?? DefaultTitle.FromCaption(song.Caption),
        Subtitle = look.Subtitle ?? string.Empty,
        Credit = look.Credit ?? string.Empty,
        BackgroundImagePath = look.BackgroundPath is { } background ? Path.GetFullPath(background, _context.Environment.CurrentDirectory) : null,
        FrameSize = look.FrameSize,
        Codec = look.Codec,
        FontFile = look.FontPath is { } font ? Path.GetFullPath(font, _context.Environment.CurrentDirectory) : null,
        FfmpegPath = _ffmpeg,
        MaxSizeBytes = look.SizeLimit?.Bytes,
    };

    /// <summary>Refuses an existing output before any work, with the CLI's advice (the renderer checks again at the end).</summary>
    public static void EnsureFree(string path, bool overwrite, string forceHint)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new CliException(ExitCode.OutputNotWritable, "output_exists", $"{path} already exists and would be overwritten.", forceHint);
        }
    }

    public async Task<RenderResult> RenderAsync(MusicVideoSpec spec, string? sizeLabel, CancellationToken cancellation)
    {
        var reporter = _context.Reporter;
        var console = _context.Environment.Console;
        var display = new RenderProgressDisplay(console, live: console.IsErrorTerminal && !reporter.IsJson, silent: reporter.IsQuiet, sizeLabel);
        var renderer = new MusicVideoRenderer(_context.Environment.TimeProvider);
        RenderResult result;
        try
        {
            result = await renderer.RenderAsync(spec, display, cancellation);
        }
        finally
        {
            display.Complete();
        }

        foreach (var warning in result.Warnings)
        {
            reporter.Warning(warning.Message);
        }

        return result;
    }

    public async Task<PreviewResult> PreviewAsync(MusicVideoSpec spec, TimeSpan at, string pngPath, CancellationToken cancellation)
    {
        var renderer = new MusicVideoRenderer(_context.Environment.TimeProvider);
        var result = await renderer.RenderPreviewAsync(spec, at, pngPath, cancellation);
        foreach (var warning in result.Warnings)
        {
            _context.Reporter.Warning(warning.Message);
        }

        return result;
    }

    /// <summary>Says the video is done on stderr and prints its path on stdout.</summary>
    public static void AnnounceSaved(Reporter reporter, RenderResult result)
    {
        reporter.Success(string.Create(
            CultureInfo.InvariantCulture,
            $"Video saved: {result.Duration.TotalSeconds:0.0} s, {result.SizeBytes / 1e6:0.0} MB, rendered in {result.Statistics.Total.TotalSeconds:0} s ({result.Duration / result.Statistics.Total:0.0}x real time)."));
        reporter.Result(result.OutputPath);
    }
}
