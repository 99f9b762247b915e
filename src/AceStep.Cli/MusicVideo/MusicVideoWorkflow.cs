using System.Globalization;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Cli.Songs;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// The run function of <c>acestep mv</c>: find the song and its timed lyrics, check ffmpeg and the output, then render
/// the video (or one preview frame) and report it. Everything that can be checked is checked before the render starts.
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
        var lyrics = LyricsResolver.Resolve(options.LrcPath, options.LyricsJsonPath, song, currentDirectory, reporter);
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
