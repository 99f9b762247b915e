using System.Globalization;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Cli.Songs;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// The run function of <c>acestep mv</c>: find the song, check ffmpeg and the output, time the lyrics (transcribing a
/// song of ours first when a provider key is configured and none are saved), make the background with --cover, then
/// render the video (or one preview frame) and report it. Everything that can be checked is checked before the render starts.
/// </summary>
internal static class MusicVideoWorkflow
{
    public static async Task<int> RunAsync(MvOptions options, RunContext context, CancellationToken cancellation)
    {
        var reporter = context.Reporter;
        var currentDirectory = context.Environment.CurrentDirectory;
        var folder = context.OutputFolder(context.Settings());
        var song = options.From is { } from
            ? SongSourceResolver.FromResult(from, currentDirectory, folder)
            : SongSourceResolver.FromAudio(options.AudioPath!, currentDirectory, folder);
        var maker = MusicVideoMaker.Create(context);
        var look = options.Look;
        var output = OutputPath(options, song, currentDirectory);
        MusicVideoMaker.EnsureFree(output, options.Force, "Add --force to replace it, or choose another file with --output.");
        if (options.OutputPath is null)
        {
            OutputFolder.Resolve(Path.GetDirectoryName(output), currentDirectory).EnsureWritable();
        }

        if (options.PreviewAt is null && look.Codec == VideoCodec.Vp9 != output.EndsWith(".webm", StringComparison.OrdinalIgnoreCase))
        {
            reporter.Warning($"{Path.GetFileName(output)}: {look.Codec.ToName()} is written as {look.Codec.FileExtension()[1..].ToUpperInvariant()} whatever the file's extension; name it {look.Codec.FileExtension()} so players recognise it.");
        }

        var lyrics = NeedsTranscription(options, song, context)
            ? await SongLyricsTimer.TimeAsync(song, context, cancellation)
            : LyricsResolver.Resolve(options.LrcPath, options.LyricsJsonPath, song, currentDirectory, reporter);
        if (look.MakeCover && look.BackgroundPath is not null)
        {
            reporter.Warning("--cover is ignored: --background gives the picture.");
        }
        else if (look.MakeCover)
        {
            look = look with { BackgroundPath = await VideoCover.MakeAsync(song, look.FrameSize, context, cancellation) };
        }

        var spec = maker.Spec(song, lyrics, look, output, options.Force);
        if (options.PreviewAt is { } at)
        {
            var preview = await maker.PreviewAsync(spec, at, output, cancellation);
            reporter.Success(string.Create(CultureInfo.InvariantCulture, $"Preview frame at {preview.At.TotalSeconds:0.##} s saved."));
            reporter.Result(preview.PngPath);
            if (reporter.IsJson)
            {
                reporter.Document(MusicVideoReports.ForPreview(spec, song, lyrics, preview, reporter.Warnings), CliJson.Context.MusicVideoReport);
            }

            return 0;
        }

        reporter.Status($"Rendering {spec.FrameSize} at {spec.FramesPerSecond} fps ({look.Codec.ToName()}) from {song.AudioPath}");
        var result = await maker.RenderAsync(spec, look.SizeLimit?.Label, cancellation);
        MusicVideoMaker.AnnounceSaved(reporter, result);
        if (reporter.IsJson)
        {
            reporter.Document(MusicVideoReports.ForVideo(spec, song, lyrics, result, reporter.Warnings), CliJson.Context.MusicVideoReport);
        }

        return 0;
    }

    /// <summary>
    /// A song of ours with lyrics but no timed lyrics beside it (no <c>&lt;job&gt;_1.lrc</c>, none given) is transcribed
    /// first when a provider key is configured; without one the lyrics are estimated in memory as before.
    /// </summary>
    private static bool NeedsTranscription(MvOptions options, SongSource song, RunContext context) =>
        options.LrcPath is null && options.LyricsJsonPath is null && song.JobId is not null
        && !string.IsNullOrWhiteSpace(song.Lyrics) && !File.Exists(Path.ChangeExtension(song.AudioPath!, ".lrc"))
        && SongLyricsTimer.HasProvider(context);

    /// <summary>The video (or, with --preview, PNG) path: --output as given, else beside the song named after the job.</summary>
    private static string OutputPath(MvOptions options, SongSource song, string currentDirectory)
    {
        if (options.PreviewAt is not null)
        {
            var chosen = options.OutputPath ?? Path.Combine(song.Folder, song.Stem + "_preview.png");
            return Path.GetFullPath(chosen.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? chosen : Path.ChangeExtension(chosen, ".png"), currentDirectory);
        }

        return options.OutputPath is { } given ? Path.GetFullPath(given, currentDirectory) : MusicVideoMaker.DefaultOutputPath(song, options.Look.Codec);
    }
}
