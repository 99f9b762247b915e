using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Output;

namespace AceStep.Cli.MusicVideo;

/// <summary>Finds the song of <c>--audio FILE</c> or <c>--from JOB_ID|RESULT.json</c>, checking that its audio is there.</summary>
internal static class SongSourceResolver
{
    public static SongSource FromAudio(string path, string currentDirectory, OutputFolder folder)
    {
        var fullPath = Path.GetFullPath(path, currentDirectory);
        if (!File.Exists(fullPath))
        {
            throw CliException.InvalidInput($"--audio: {path} does not exist.", "Check the path (it is relative to the current folder).");
        }

        return new SongSource(fullPath, folder.FullPath, Path.GetFileNameWithoutExtension(fullPath));
    }

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

        var resultFolder = Path.GetDirectoryName(resultPath)!;
        var audio = document.Files.Count > 0 ? document.Files[0] : null;
        var audioPath = audio is null ? null : Path.Combine(resultFolder, audio.Name);
        if (audioPath is null || !File.Exists(audioPath))
        {
            throw CliException.InvalidInput(
                $"--from: the job {document.JobId} has no audio file beside its result in {resultFolder}.",
                $"Fetch it again with: acestep status {document.JobId} --force, or give the audio with --audio FILE.");
        }

        return new SongSource(
            audioPath,
            resultFolder,
            ResultWriter.FileStem(document.JobId),
            document.JobId,
            document.Metas.Prompt ?? document.Prompt ?? document.Request.Caption,
            document.Lyrics ?? document.Metas.Lyrics ?? document.Request.Lyrics,
            audio!.Duration ?? document.Metas.Duration,
            document.Metas.Bpm,
            document.Metas.Timesignature);
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
}
