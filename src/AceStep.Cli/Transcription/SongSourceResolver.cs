using System.Text.Json;
using System.Text.RegularExpressions;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Output;
using AceStep.Client;

namespace AceStep.Cli.Transcription;

/// <summary>
/// Turns what the user named (an audio file, a job id, or a result JSON) into a <see cref="SongSource"/>. A job is
/// found through the ledger or the output folder; an audio file named <c>&lt;job&gt;_N.ext</c> beside
/// <c>&lt;job&gt;.json</c> is recognised as that job, so its lyrics become the reference automatically.
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
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromResultFile(path, fileNumber: 1) : FromAudioFile(path);
        }

        if (JobIdSanitizer.IsSafe(input) && !input.Contains('.', StringComparison.Ordinal) && FindResultFile(context, input) is { } resultPath)
        {
            return FromResultFile(resultPath, fileNumber: 1);
        }

        throw CliException.InvalidInput(
            $"{input}: no such file, and no saved result of a job with that id.",
            "Give an audio file, a result .json, or the id of a job whose result was saved (see 'acestep jobs'; 'acestep status JOB' downloads it).");
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

    private static SongSource FromAudioFile(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (JobFile().Match(stem) is { Success: true } match)
        {
            var result = Path.Combine(Path.GetDirectoryName(path)!, match.Groups[1].Value + ".json");
            if (File.Exists(result) && TryRead(result) is not null)
            {
                return FromResultFile(result, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) with { AudioPath = path };
            }
        }

        return new SongSource { AudioPath = path };
    }

    private static SongSource FromResultFile(string path, int fileNumber)
    {
        var document = TryRead(path) ?? throw CliException.InvalidInput(
            $"{path} is not a result file of acestep.",
            "Give the <job_id>.json that 'acestep generate' saved, or the audio file itself.");
        var folder = Path.GetDirectoryName(path)!;
        var file = document.Files.Count >= fileNumber ? document.Files[fileNumber - 1] : null;
        var language = document.Request.Json.ValueKind == JsonValueKind.Object
            && document.Request.Json.TryGetProperty("vocal_language", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        return new SongSource
        {
            AudioPath = file is null ? null : Path.Combine(folder, file.Name),
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
