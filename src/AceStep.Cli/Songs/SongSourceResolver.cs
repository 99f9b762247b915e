using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Client;

namespace AceStep.Cli.Songs;

/// <summary>
/// Turns what the user named into a <see cref="SongSource"/>. <see cref="Resolve"/> takes anything (an audio file, a
/// job id or a result JSON; a job is found through the ledger or the output folder; an audio file named
/// <c>&lt;job&gt;_N.ext</c> beside <c>&lt;job&gt;.json</c> is recognised as that job, so its lyrics are known).
/// <see cref="FromAudio"/> and <see cref="FromResult"/> are the strict forms of <c>--audio</c> and <c>--from</c>.
/// </summary>
internal static partial class SongSourceResolver
{
    public static SongSource Resolve(RunContext context, string input)
    {
        var path = Path.GetFullPath(input, context.Environment.CurrentDirectory);
        if (Directory.Exists(path))
        {
            throw CliException.InvalidInput($"{input} is a folder.", "Give an audio file, a job id or a result .json file.");
        }

        if (File.Exists(path))
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? FromResultFile(path, fileNumber: 1)
                : FromAudioFile(path, () => context.OutputFolder(context.Settings()).FullPath);
        }

        if (JobIdSanitizer.IsSafe(input) && !input.Contains('.', StringComparison.Ordinal) && FindResultFile(context, input) is { } resultPath)
        {
            return FromResultFile(resultPath, fileNumber: 1);
        }

        throw CliException.InvalidInput(
            $"{input}: no such file, and no saved result of a job with that id.",
            "Give an audio file, a result .json, or the id of a job whose result was saved (see 'acestep jobs'; 'acestep status JOB' downloads it).");
    }

    /// <summary><c>--audio FILE</c>: the file as it is, its outputs in the output folder.</summary>
    public static SongSource FromAudio(string path, string currentDirectory, OutputFolder folder)
    {
        var fullPath = Path.GetFullPath(path, currentDirectory);
        if (!File.Exists(fullPath))
        {
            throw CliException.InvalidInput($"--audio: {path} does not exist.", "Check the path (it is relative to the current folder).");
        }

        return new SongSource { AudioPath = fullPath, Folder = folder.FullPath };
    }

    /// <summary><c>--from JOB_ID|RESULT.json</c>: a job that succeeded and whose first file was downloaded.</summary>
    public static SongSource FromResult(string from, string currentDirectory, OutputFolder folder)
    {
        var asFile = Path.GetFullPath(from, currentDirectory);
        var resultPath = File.Exists(asFile) || from.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? asFile
            : new ResultWriter(folder).ResultPath(from);
        if (!File.Exists(resultPath))
        {
            throw CliException.InvalidInput(
                $"--from: no saved result {resultPath}.",
                $"If the job finished elsewhere, fetch it first: acestep status {from}\nOr give the result file itself: --from path/to/<job_id>.json, or the audio: --audio FILE.");
        }

        var document = Read(resultPath);
        if (document.Status != "succeeded")
        {
            throw CliException.InvalidInput($"--from: the job {document.JobId} has not succeeded (its result says '{document.Status}').", $"Check it with: acestep status {document.JobId}");
        }

        var song = FromDocument(document, resultPath, fileNumber: 1);
        if (song.AudioPath is null || !File.Exists(song.AudioPath))
        {
            throw CliException.InvalidInput(
                $"--from: the job {document.JobId} has no audio file beside its result in {song.Folder}.",
                $"Fetch it again with: acestep status {document.JobId} --force, or give the audio with --audio FILE.");
        }

        return song;
    }

    private static string? FindResultFile(RunContext context, string jobId)
    {
        if (context.Ledger.Find(jobId)?.ResultPath is { } recorded && File.Exists(recorded))
        {
            return recorded;
        }

        var inOutput = new ResultWriter(context.OutputFolder(context.Settings())).ResultPath(jobId);
        return File.Exists(inOutput) ? inOutput : null;
    }

    private static SongSource FromAudioFile(string path, Func<string> outputFolder)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (JobFile().Match(stem) is { Success: true } match)
        {
            var result = Path.Combine(Path.GetDirectoryName(path)!, match.Groups[1].Value + ".json");
            if (File.Exists(result) && TryRead(result) is { } document)
            {
                return FromDocument(document, result, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) with { AudioPath = path };
            }
        }

        return new SongSource { AudioPath = path, Folder = outputFolder() };
    }

    private static SongSource FromResultFile(string path, int fileNumber) => FromDocument(
        TryRead(path) ?? throw CliException.InvalidInput(
            $"{path} is not a result file of acestep.",
            "Give the <job_id>.json that 'acestep generate' saved, or the audio file itself."),
        path,
        fileNumber);

    private static SongSource FromDocument(ResultDocument document, string path, int fileNumber)
    {
        var folder = Path.GetDirectoryName(path)!;
        var file = document.Files.Count >= fileNumber ? document.Files[fileNumber - 1] : null;
        var language = document.Request.Json.ValueKind == JsonValueKind.Object
            && document.Request.Json.TryGetProperty("vocal_language", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        return new SongSource
        {
            AudioPath = file is null ? null : Path.Combine(folder, file.Name),
            Folder = folder,
            JobId = document.JobId,
            FileNumber = fileNumber,
            Lyrics = document.Lyrics ?? document.Metas.Lyrics ?? document.Request.Lyrics,
            Caption = document.Prompt ?? document.Metas.Prompt ?? document.Request.Caption,
            DurationSeconds = file?.Duration ?? document.Metas.Duration,
            Bpm = document.Metas.Bpm,
            TimeSignature = document.Metas.Timesignature,
            Language = language,
        };
    }

    private static ResultDocument Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.ResultDocument)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException ex)
        {
            throw CliException.InvalidInput($"--from: {path} is not an acestep result file ({ex.Message}).", "Give the <job_id>.json that acestep generate wrote, or the audio with --audio FILE.");
        }
    }

    private static ResultDocument? TryRead(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.ResultDocument);
            return document is { JobId.Length: > 0 } ? document : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(.+)_(\d{1,2})$")]
    private static partial Regex JobFile();
}
