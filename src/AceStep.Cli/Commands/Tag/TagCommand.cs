using System.CommandLine;
using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Generation;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Cli.Tags;
using AceStep.Tagging;

namespace AceStep.Cli.Commands.Tag;

/// <summary>
/// <c>acestep tag FILE --from JOB_ID|RESULT.json</c>: writes a saved job's tags into an audio file after the fact (a
/// file saved with --no-tags, converted, or given a cover or synced lyrics since). Local only: it reads the job's
/// result file, never the server.
/// </summary>
internal static class TagCommand
{
    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "The audio file to tag (mp3, flac, opus, wav, aac)" };
        var from = new Option<string>("--from") { Description = "The job: its id (its result file is looked up) or the path of its result .json", HelpName = "JOB_ID|RESULT.json", Required = true };
        var fields = new TagFlags();
        var command = new Command("tag", "Write a job's tags (title, lyrics, BPM, key, seed, cover) into an audio file") { file, from };
        fields.AddTo(command, includeNoTags: false);
        runner.Bind(command, (parse, _) => new TagCommandOptions(parse.GetValue(file)!, parse.GetValue(from)!.Trim(), fields.Read(parse)), RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(TagCommandOptions options, RunContext context, CancellationToken cancellation)
    {
        var path = Path.GetFullPath(options.FilePath, context.Environment.CurrentDirectory);
        if (!File.Exists(path))
        {
            throw CliException.InvalidInput($"{options.FilePath} does not exist.", "Check the path (it is relative to the current folder).");
        }

        if (!AudioTagger.IsSupported(path))
        {
            throw CliException.InvalidInput(
                $"{options.FilePath}: tags can be written to {string.Join(", ", AudioTagger.SupportedExtensions)} files only.",
                "Convert the file to one of these formats first, e.g. ffmpeg -i song.m4a song.mp3");
        }

        var document = FindResult(options.From, context);
        var index = Math.Max(0, document.Files.ToList().FindIndex(f => string.Equals(f.Name, Path.GetFileName(path), StringComparison.Ordinal)));
        var resolved = TagOptions.Resolve(options.Fields, context.Resolver());
        var tags = await SongTagsFactory.CreateAsync(document, index, path, resolved with { Enabled = true }, context.Reporter, cancellation);
        try
        {
            await AudioTagger.WriteAsync(path, tags, cancellation);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw CliException.InvalidInput(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Output($"Could not tag {options.FilePath}: {ex.Message} The file was left unchanged.", "Check the file's and its folder's permissions and free space.");
        }

        Report(context, path, tags);
        return 0;
    }

    /// <summary>The result document named by a path, else by a job id: in the ledger's folder for the job, else the output folder.</summary>
    private static ResultDocument FindResult(string from, RunContext context)
    {
        var asPath = Path.GetFullPath(from, context.Environment.CurrentDirectory);
        if (from.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(asPath))
        {
            return Read(asPath, from);
        }

        JobAttacher.CheckId(from);
        var entry = context.Ledger.Find(from);
        var candidates = new[]
        {
            entry?.ResultPath,
            entry is null ? null : Path.Combine(entry.OutputDir, ResultWriter.FileStem(from) + ".json"),
            new ResultWriter(context.OutputFolder(context.Settings())).ResultPath(from),
        };
        var found = candidates.FirstOrDefault(candidate => candidate is not null && File.Exists(candidate));
        return found is not null
            ? Read(found, from)
            : throw CliException.InvalidInput(
                $"No saved result for job {from} (looked for {ResultWriter.FileStem(from)}.json in the output folder).",
                $"Fetch it first with: acestep status {from}\nor name the result file: acestep tag FILE --from path/to/{ResultWriter.FileStem(from)}.json");
    }

    private static ResultDocument Read(string path, string shown)
    {
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.ResultDocument);
            return document is { Status: "succeeded" }
                ? document
                : throw CliException.InvalidInput($"{shown} is not the result of a finished job (status {document?.Status ?? "missing"}).", "Tag from the result of a job that succeeded.");
        }
        catch (FileNotFoundException)
        {
            throw CliException.InvalidInput($"{shown} does not exist.", "Give a job id or the path of its result .json file.");
        }
        catch (JsonException ex)
        {
            throw CliException.InvalidInput($"{shown} is not an acestep result file: {ex.Message}", "Give the <job_id>.json written beside the audio.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidInput($"Cannot read {shown}: {ex.Message}");
        }
    }

    private static void Report(RunContext context, string path, SongTags tags)
    {
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            reporter.Document(
                new TagReport
                {
                    File = path,
                    JobId = tags.JobId!,
                    Title = tags.Title,
                    Artist = tags.Artist,
                    Album = tags.Album,
                    Genre = tags.Genre,
                    Bpm = tags.Bpm,
                    Key = tags.Key?.ToString(),
                    Seed = tags.Seed,
                    Lyrics = tags.Lyrics is not null,
                    SyncedLyrics = tags.TimedLyrics is not null,
                    Cover = tags.Cover is not null,
                    Warnings = [.. reporter.Warnings],
                },
                CliJson.Context.TagReport);
            return;
        }

        reporter.Success($"Tagged {Path.GetFileName(path)} from job {tags.JobId}" + (tags.Title is null ? "" : $": \"{tags.Title}\""));
        reporter.Result(path);
    }
}
