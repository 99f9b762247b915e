using AceStep.Cli.Output;
using AceStep.Cli.Rendering;
using AceStep.Tagging;

namespace AceStep.Cli.Tags;

/// <summary>
/// Writes the song's tags into every audio file of a saved job. The tagger rewrites each file beside itself and
/// renames it into place, so a failure leaves the server's audio exactly as downloaded: it is a warning, never a
/// lost song.
/// </summary>
internal static class SavedAudioTagger
{
    public static async Task<ResultDocument> TagAsync(ResultDocument document, OutputFolder folder, TagOptions options, Reporter reporter, CancellationToken cancellation)
    {
        if (!options.Enabled || document.Files.Count == 0)
        {
            return document;
        }

        var files = new List<SavedFile>(document.Files.Count);
        for (var index = 0; index < document.Files.Count; index++)
        {
            var file = document.Files[index];
            var path = folder.PathOf(file.Name);
            var tagged = await TryTagAsync(path, await SongTagsFactory.CreateAsync(document, index, path, options, reporter, cancellation), reporter, cancellation);
            files.Add(tagged ? file with { Bytes = new FileInfo(path).Length, Tagged = true } : file);
        }

        return document with { Files = files };
    }

    public static async Task<bool> TryTagAsync(string path, SongTags tags, Reporter reporter, CancellationToken cancellation)
    {
        try
        {
            await AudioTagger.WriteAsync(path, tags, cancellation);
            return true;
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            reporter.Warning($"{Path.GetFileName(path)} is saved without tags: {ex.Message}");
            return false;
        }
    }
}
