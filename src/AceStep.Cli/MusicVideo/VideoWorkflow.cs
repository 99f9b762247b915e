using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Rendering;
using AceStep.Cli.Songs;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// The run function of <c>acestep video</c>: the song (as <c>generate</c> makes it), its timed lyrics
/// (<c>&lt;job&gt;_1.lrc</c>, heard by the configured provider, else estimated) and, with <c>--cover</c>,
/// the background (<c>&lt;job&gt;_cover.png</c>) side by side, then the video (<c>&lt;job&gt;.mp4</c>). What is done stays done: a failure or Ctrl+C
/// after the song is saved says how to go on with <c>acestep mv --from &lt;job&gt;</c>.
/// </summary>
internal static class VideoWorkflow
{
    private const int Steps = 3;

    public static async Task<int> RunAsync(VideoOptions options, RunContext context, CancellationToken cancellation)
    {
        var reporter = context.Reporter;
        var maker = MusicVideoMaker.Create(context);
        RequireFile(options.Look.BackgroundPath, "--background", context);
        RequireFile(options.Look.FontPath, "--font", context);
        Step(reporter, 1, "the song");
        var job = await GenerationWorkflow.GenerateAsync(options.Generate, context, cancellation);
        var song = SongSourceResolver.FromResult(job.ResultPath!, context.Environment.CurrentDirectory, context.OutputFolder(context.Settings()));
        if (job.Files.Count > 1)
        {
            reporter.Warning($"The job made {job.Files.Count} songs; the video is of the first, {Path.GetFileName(song.AudioPath)}. For another, run: acestep mv --audio {job.Files[1]}");
        }

        var files = new List<string> { job.ResultPath! };
        files.AddRange(job.Files);
        try
        {
            Step(reporter, 2, options.Look.MakeCover && options.Look.BackgroundPath is null ? "timed lyrics and the background, side by side" : "timed lyrics");
            var (lyrics, look) = await LyricsAndBackgroundAsync(song, options, context, files, cancellation);

            Step(reporter, 3, "the video");
            var output = MusicVideoMaker.DefaultOutputPath(song, look.Codec);
            MusicVideoMaker.EnsureFree(output, options.Generate.Wait.Force, "Add --force to replace it.");
            var spec = maker.Spec(song, lyrics, look, output, options.Generate.Wait.Force);
            var result = await maker.RenderAsync(spec, look.SizeLimit?.Label, cancellation);
            files.Add(result.OutputPath);
            MusicVideoMaker.AnnounceSaved(reporter, result);
            if (reporter.IsJson)
            {
                reporter.Document(
                    new VideoReport
                    {
                        JobId = job.JobId,
                        OutputDir = job.OutputDir,
                        Files = files,
                        Video = MusicVideoReports.ForVideo(spec, song, lyrics, result, []),
                        Warnings = [.. reporter.Warnings],
                    },
                    CliJson.Context.VideoReport);
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw KeepGoingFrom(new CliException(ExitCode.Interrupted, "interrupted", "Interrupted while making the video."), song, options.Look, files);
        }
        catch (CliException ex)
        {
            throw KeepGoingFrom(ex, song, options.Look, files);
        }
        catch (Exception ex) when (ErrorTranslator.TryTranslate(ex, out var translated))
        {
            throw KeepGoingFrom(translated, song, options.Look, files);
        }
    }

    /// <summary>
    /// The song's timed lyrics (an LRC already beside the audio, else <see cref="SongLyricsTimer"/>) and, with
    /// <c>--cover</c>, its background, made at the same time. What finishes is kept in <paramref name="files"/> even when
    /// the other fails.
    /// </summary>
    private static async Task<(LyricsChoice Lyrics, VideoLook Look)> LyricsAndBackgroundAsync(
        SongSource song, VideoOptions options, RunContext context, List<string> files, CancellationToken cancellation)
    {
        var existing = Path.ChangeExtension(song.AudioPath!, ".lrc");
        var lyricsTask = File.Exists(existing) && !options.Generate.Wait.Force
            ? Task.FromResult(LyricsResolver.Resolve(null, null, song, string.Empty, context.Reporter))
            : SongLyricsTimer.TimeAsync(song, context, cancellation);
        var coverTask = options.Look.MakeCover && options.Look.BackgroundPath is null
            ? MakeCoverAsync(song, options.Look, context, cancellation)
            : Task.FromResult<string?>(null);
        try
        {
            await Task.WhenAll(lyricsTask, coverTask);
        }
        finally
        {
            if (lyricsTask.IsCompletedSuccessfully && lyricsTask.Result.Path is { } lrc)
            {
                files.Add(lrc);
            }

            if (coverTask.IsCompletedSuccessfully && coverTask.Result is { } cover)
            {
                files.Add(cover);
            }
        }

        var look = coverTask.Result is { } background ? options.Look with { BackgroundPath = background } : options.Look;
        return (lyricsTask.Result, look);
    }

    private static async Task<string?> MakeCoverAsync(SongSource song, VideoLook look, RunContext context, CancellationToken cancellation) =>
        await VideoCover.MakeAsync(song, look.FrameSize, context, cancellation);

    private static void RequireFile(string? path, string option, RunContext context)
    {
        if (path is not null && !File.Exists(Path.GetFullPath(path, context.Environment.CurrentDirectory)))
        {
            throw CliException.InvalidInput($"{option}: {path} does not exist.", "Check the path (it is relative to the current folder); nothing was generated.");
        }
    }

    private static void Step(Reporter reporter, int number, string what) => reporter.Status($"Step {number}/{Steps}: {what}");

    /// <summary>The error, with what is kept and the command that goes on from there (lyrics and cover made only if missing).</summary>
    private static CliException KeepGoingFrom(CliException error, SongSource song, VideoLook look, IReadOnlyList<string> done)
    {
        var jobId = song.JobId!;
        var coverMissing = look.MakeCover && look.BackgroundPath is null && !done.Any(static file => Path.GetFileNameWithoutExtension(file).EndsWith("_cover", StringComparison.Ordinal));
        var lyricsMissing = !File.Exists(Path.ChangeExtension(song.AudioPath!, ".lrc")) && !string.IsNullOrWhiteSpace(song.Lyrics);
        var cover = done.FirstOrDefault(static file => Path.GetFileNameWithoutExtension(file).EndsWith("_cover", StringComparison.Ordinal));
        var continueWith = $"acestep mv --from {jobId}{(cover is not null ? $" --background {cover}" : coverMissing ? " --cover" : "")}";
        var kept = $"Kept: {string.Join(", ", done.Select(Path.GetFileName))}.\nContinue with: {continueWith}";
        if (lyricsMissing)
        {
            kept += $"\nWithout a transcription provider: acestep transcribe {jobId} --provider estimate, then {continueWith}";
        }

        if (coverMissing)
        {
            kept += $"\nWithout a cover: acestep mv --from {jobId} (the animated gradient)";
        }

        return new CliException(error.ExitCode, error.ErrorCode, error.Message, string.IsNullOrEmpty(error.Hint) ? kept : error.Hint + "\n" + kept, jobId);
    }
}
