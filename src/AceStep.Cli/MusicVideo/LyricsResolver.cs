using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Rendering;
using AceStep.Cli.Songs;
using AceStep.Lyrics;
using AceStep.Lyrics.Estimation;
using AceStep.Lyrics.Formats;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// Picks the timed lyrics: the file given, else an LRC beside the audio (<c>&lt;job&gt;_1.lrc</c>, as transcription
/// writes it), else, for a song of ours with lyrics, an estimate from the lyrics' structure (said to be one).
/// Lines a file gets wrong are skipped with a warning each.
/// </summary>
internal static class LyricsResolver
{
    public static LyricsChoice Resolve(string? lrcPath, string? jsonPath, SongSource song, string currentDirectory, Reporter reporter)
    {
        if (lrcPath is not null)
        {
            return ReadFile(Path.GetFullPath(lrcPath, currentDirectory), "--lyrics", isJson: false, reporter);
        }

        if (jsonPath is not null)
        {
            return ReadFile(Path.GetFullPath(jsonPath, currentDirectory), "--lyrics-json", isJson: true, reporter);
        }

        var beside = Path.ChangeExtension(song.AudioPath, ".lrc");
        if (File.Exists(beside))
        {
            reporter.Status($"Lyrics: {beside}");
            return ReadFile(beside, Path.GetFileName(beside), isJson: false, reporter);
        }

        return song.Lyrics is { } text && !string.IsNullOrWhiteSpace(text) ? Estimate(text, song, reporter) : LyricsChoice.None;
    }

    public static LyricsChoice Estimate(string lyrics, SongSource song, Reporter reporter)
    {
        var timing = SongTiming.FromMetadata(song.DurationSeconds is > 0 ? song.DurationSeconds : null, song.Bpm is >= 20 and <= 400 ? song.Bpm : null, song.TimeSignature);
        var estimate = LyricsEstimator.Estimate(lyrics, timing);
        if (estimate.Lyrics.Lines.Count == 0)
        {
            return LyricsChoice.None;
        }

        reporter.Warning(
            $"No timed lyrics for this song: {estimate.Warnings[0]}. For timing heard from the song, put a timed {Path.GetFileNameWithoutExtension(song.AudioPath)}.lrc beside the audio (acestep transcribe writes one) or give --lyrics FILE.lrc.");
        foreach (var note in estimate.Warnings.Skip(1))
        {
            reporter.Warning($"Lyrics estimate: {note}.");
        }

        return new LyricsChoice(estimate.Lyrics, "estimated", null);
    }

    private static LyricsChoice ReadFile(string path, string option, bool isJson, Reporter reporter)
    {
        if (!File.Exists(path))
        {
            throw CliException.InvalidInput($"{option}: {path} does not exist.", "Check the path (it is relative to the current folder).");
        }

        LyricsReadResult read;
        try
        {
            var text = File.ReadAllText(path);
            read = isJson ? LyricsJson.Read(text) : LrcReader.Read(text);
        }
        catch (JsonException ex)
        {
            throw CliException.InvalidInput($"{option}: {path} is not timed-lyrics JSON: {ex.Message}.", "Expected [{\"start\": 12.5, \"end\": 15.0, \"text\": \"...\"}], times in seconds.");
        }

        foreach (var warning in read.Warnings)
        {
            reporter.Warning($"{Path.GetFileName(path)} {warning} (line skipped or changed).");
        }

        if (read.Lyrics.Lines.Count == 0)
        {
            throw CliException.InvalidInput(
                $"{option}: {path} has no timed lyric lines.",
                isJson ? "Expected [{\"start\": 12.5, \"end\": 15.0, \"text\": \"...\"}], times in seconds." : "Expected lines like [00:12.50]First line of the song.");
        }

        return new LyricsChoice(read.Lyrics, isJson ? "json" : "lrc", path);
    }
}
