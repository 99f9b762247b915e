using AceStep.Cli.Platform;
using AceStep.Cli.Songs;
using AceStep.Cli.Transcription;
using AceStep.Lyrics;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// Times a song's lyrics for its video the way <c>acestep transcribe</c> would with no flags: the configured provider
/// hears the song and its times are put on the song's own lyrics; with no provider key, the estimate (said so). The
/// result is saved as an LRC beside the audio (<c>&lt;job&gt;_1.lrc</c>) so it can be corrected and rendered again.
/// </summary>
internal static class SongLyricsTimer
{
    /// <summary>Whether a provider will listen to the song (a key is configured), rather than the estimate.</summary>
    public static bool HasProvider(RunContext context) => new LyricsTranscriber(context).ChooseProvider(null) != LyricsTranscription.EstimateProvider;

    public static async Task<LyricsChoice> TimeAsync(SongSource song, RunContext context, CancellationToken cancellation)
    {
        var reporter = context.Reporter;
        var transcriber = new LyricsTranscriber(context);
        var provider = transcriber.ChooseProvider(null);
        if (provider == LyricsTranscription.EstimateProvider)
        {
            if (string.IsNullOrWhiteSpace(song.Lyrics))
            {
                reporter.Status("No lyrics: the video shows the title and the spectrum.");
                return LyricsChoice.None;
            }

            reporter.Status("No transcription provider key is configured: estimating the lyrics' timing from their structure (not heard).");
        }
        else
        {
            reporter.Status($"Transcribing {Path.GetFileName(song.AudioPath)} with {provider}...");
        }

        var result = await transcriber.TranscribeAsync(song, new TranscriptionChoices(), cancellation);
        foreach (var warning in result.Warnings)
        {
            reporter.Warning(warning);
        }

        if (result.Lyrics.Lines.Count == 0)
        {
            return LyricsChoice.None;
        }

        var path = Path.ChangeExtension(song.AudioPath!, ".lrc");
        AtomicFile.WriteAllText(path, LyricsFileFormat.Render(result, "lrc", song), overwrite: true);
        reporter.Status(result.IsEstimated
            ? $"Timed lyrics (estimated) saved: {path}"
            : $"Timed lyrics ({result.Provider}{(result.MatchRate is { } rate ? $", {rate:P0} of the lyrics heard" : "")}) saved: {path}");
        return new LyricsChoice(result.Lyrics, result.IsEstimated ? "estimated" : result.Provider, path);
    }
}
