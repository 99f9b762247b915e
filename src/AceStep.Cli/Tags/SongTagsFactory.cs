using System.Globalization;
using AceStep.Cli.Output;
using AceStep.Cli.Rendering;
using AceStep.Lyrics;
using AceStep.Lyrics.Formats;
using AceStep.Tagging;

namespace AceStep.Cli.Tags;

/// <summary>
/// The tags of one saved file, from its job's result document: title (the user's, else the caption's first phrase),
/// artist and album, genre (the caption's first style), BPM, key, lyrics, seed, job id, models and caption; the cover
/// (<c>&lt;job&gt;_cover.png|jpg</c>) and synced lyrics (<c>&lt;file&gt;.lrc</c>) when they lie beside it.
/// </summary>
internal static class SongTagsFactory
{
    private static readonly string[] CoverExtensions = [".png", ".jpg", ".jpeg"];

    public static async Task<SongTags> CreateAsync(ResultDocument document, int fileIndex, string audioPath, TagOptions options, Reporter reporter, CancellationToken cancellation)
    {
        var folder = Path.GetDirectoryName(audioPath)!;
        var caption = NonEmpty(document.Prompt) ?? NonEmpty(document.Metas.Prompt);
        var title = options.Title ?? SongTitle.FromCaption(caption);
        if (title is not null && options.Title is null && document.Files.Count > 1)
        {
            title += string.Create(CultureInfo.InvariantCulture, $" (take {fileIndex + 1})");
        }

        return new SongTags
        {
            Title = title,
            Artist = options.Artist,
            Album = options.Album,
            Genre = CaptionGenre.FromCaption(caption),
            Bpm = document.Metas.Bpm,
            Key = MusicalKey.TryParse(document.Metas.Keyscale, out var key) ? key : null,
            Lyrics = SungLyrics(NonEmpty(document.Lyrics) ?? NonEmpty(document.Metas.Lyrics)),
            TimedLyrics = ReadSyncedLyrics(Path.ChangeExtension(audioPath, ".lrc"), reporter),
            Seed = SeedOf(document.SeedValue, fileIndex),
            JobId = document.JobId,
            DitModel = NonEmpty(document.DitModel),
            LmModel = NonEmpty(document.LmModel),
            Caption = caption,
            Cover = await ReadCoverAsync(folder, document.JobId, reporter, cancellation),
        };
    }

    /// <summary>A batch's seeds come as a comma list, one per file in order; a single seed applies to every file.</summary>
    public static long? SeedOf(string? seedValue, int fileIndex)
    {
        var seeds = (seedValue ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var seed = seeds.Length == 0 ? null : seeds[Math.Min(fileIndex, seeds.Length - 1)];
        return long.TryParse(seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
    }

    // "[inst]" and its kin are instructions to the model, not words anyone sings.
    private static string? SungLyrics(string? lyrics) =>
        lyrics is null || lyrics.Trim().Trim('[', ']').Trim().ToLowerInvariant() is "inst" or "instrumental" ? null : lyrics;

    private static TimedLyrics? ReadSyncedLyrics(string path, Reporter reporter)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var lyrics = LrcReader.Read(File.ReadAllText(path)).Lyrics;
            return lyrics.Lines.Count > 0 ? lyrics : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Warning($"Could not read the synced lyrics {path}: {ex.Message}");
            return null;
        }
    }

    private static async Task<CoverImage?> ReadCoverAsync(string folder, string jobId, Reporter reporter, CancellationToken cancellation)
    {
        var stem = ResultWriter.FileStem(jobId) + "_cover";
        var path = CoverExtensions.Select(extension => Path.Combine(folder, stem + extension)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        try
        {
            return await CoverImage.FromFileAsync(path, cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            reporter.Warning($"The cover {Path.GetFileName(path)} was left out of the tags: {ex.Message}");
            return null;
        }
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
