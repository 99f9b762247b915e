using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;
using AceStep.Client;
using AceStep.Client.Audio;

namespace AceStep.Cli.Output;

/// <summary>
/// Writes <c>&lt;job&gt;.json</c> beside the audio files and recognises a job that was already saved,
/// so fetching the same job twice never duplicates or silently overwrites files.
/// </summary>
internal sealed class ResultWriter
{
    private readonly OutputFolder _folder;

    public ResultWriter(OutputFolder folder) => _folder = folder;

    public static string FileStem(string jobId) => JobIdSanitizer.ToFileStem(jobId);

    public string ResultPath(string jobId) => _folder.PathOf(FileStem(jobId) + ".json");

    /// <summary>The saved result of a job whose JSON and audio files are all present, or null.</summary>
    public ResultDocument? FindComplete(string jobId)
    {
        var path = ResultPath(jobId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.ResultDocument);
            return document is { Status: "succeeded" } && document.Files.All(f => File.Exists(_folder.PathOf(f.Name)))
                ? document
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Write(ResultDocument document, bool overwrite)
    {
        var path = ResultPath(document.JobId);
        var json = JsonSerializer.Serialize(document, CliJson.Context.ResultDocument);
        try
        {
            AtomicFile.WriteAllText(path, json + "\n", overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            throw CliException.Output($"{path} already exists and would be overwritten.", "Add --force to replace it.");
        }

        return path;
    }

    public static SavedFile Describe(SavedAudio audio) => new(
        Path.GetFileName(audio.Path),
        AudioFormatSniffer.ExtensionFor(audio.Format) is var extension && audio.Format == AudioFormat.WavFloat ? "wav32" : extension,
        audio.Duration?.TotalSeconds is { } seconds ? Math.Round(seconds, 3) : null,
        audio.Bytes);
}
