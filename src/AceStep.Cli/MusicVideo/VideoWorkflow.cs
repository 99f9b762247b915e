using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Rendering;
using AceStep.Cli.Songs;
using AceStep.Lyrics.Formats;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// The run function of <c>acestep video</c>: the song (as <c>generate</c> makes it), its timed lyrics
/// (<c>&lt;job&gt;_1.lrc</c>), then the video (<c>&lt;job&gt;.mp4</c>). What is done stays done: a failure or Ctrl+C
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
            Step(reporter, 2, "timed lyrics");
            var lyrics = TimeLyrics(song, options.Generate.Wait.Force, reporter);
            if (lyrics.Path is { } lrc)
            {
                files.Add(lrc);
            }

            Step(reporter, 3, "the video");
            var look = options.Look;
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
            throw KeepGoingFrom(new CliException(ExitCode.Interrupted, "interrupted", "Interrupted while making the video."), job.JobId, files);
        }
        catch (CliException ex)
        {
            throw KeepGoingFrom(ex, job.JobId, files);
        }
        catch (Exception ex) when (ErrorTranslator.TryTranslate(ex, out var translated))
        {
            throw KeepGoingFrom(translated, job.JobId, files);
        }
    }

    /// <summary>
    /// The song's timed lyrics: an LRC already beside the audio, else an estimate from the lyrics' structure, saved as
    /// <c>&lt;job&gt;_1.lrc</c> (marked estimated) so that it can be corrected and the video rendered again.
    /// </summary>
    private static LyricsChoice TimeLyrics(SongSource song, bool force, Reporter reporter)
    {
        var path = Path.ChangeExtension(song.AudioPath!, ".lrc");
        if (File.Exists(path) && !force)
        {
            return LyricsResolver.Resolve(null, null, song, string.Empty, reporter);
        }

        if (song.Lyrics is not { } text || string.IsNullOrWhiteSpace(text))
        {
            reporter.Status("No lyrics: the video shows the title and the spectrum.");
            return LyricsChoice.None;
        }

        var estimate = LyricsResolver.Estimate(text, song, reporter);
        if (estimate.Lyrics.Lines.Count == 0)
        {
            return estimate;
        }

        var headers = LrcHeaders.Create(title: DefaultTitle.FromCaption(song.Caption), lengthSeconds: song.DurationSeconds, program: "acestep", estimated: true);
        Platform.AtomicFile.WriteAllText(path, LrcWriter.Write(estimate.Lyrics, new LrcWriterOptions { Headers = headers }), overwrite: true);
        reporter.Status($"Timed lyrics (estimated) saved: {path}");
        return estimate with { Path = path };
    }

    private static void RequireFile(string? path, string option, RunContext context)
    {
        if (path is not null && !File.Exists(Path.GetFullPath(path, context.Environment.CurrentDirectory)))
        {
            throw CliException.InvalidInput($"{option}: {path} does not exist.", "Check the path (it is relative to the current folder); nothing was generated.");
        }
    }

    private static void Step(Reporter reporter, int number, string what) => reporter.Status($"Step {number}/{Steps}: {what}");

    private static CliException KeepGoingFrom(CliException error, string jobId, IReadOnlyList<string> done)
    {
        var kept = $"Kept: {string.Join(", ", done.Select(Path.GetFileName))}.\nContinue with: acestep mv --from {jobId}";
        return new CliException(error.ExitCode, error.ErrorCode, error.Message, string.IsNullOrEmpty(error.Hint) ? kept : error.Hint + "\n" + kept, jobId);
    }
}
