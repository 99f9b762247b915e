using AceStep.Cli.Songs;
using AceStep.Lyrics;
using AceStep.Lyrics.Formats;

namespace AceStep.Cli.Transcription;

/// <summary>The timed-lyrics files <c>acestep transcribe</c> writes: LRC (the default), SRT, and the JSON lines the video renderer reads.</summary>
internal static class LyricsFileFormat
{
    public static IReadOnlyList<string> All { get; } = ["lrc", "srt", "json"];

    public static string Render(LyricsTranscription transcription, string format, SongSource song) => format switch
    {
        "srt" => SrtWriter.Write(transcription.Lyrics),
        "json" => LyricsJson.Write(transcription.Lyrics) + "\n",
        _ => LrcWriter.Write(transcription.Lyrics, new LrcWriterOptions
        {
            Headers = LrcHeaders.Create(
                title: song.Caption,
                lengthSeconds: song.DurationSeconds,
                program: "acestep",
                estimated: transcription.IsEstimated),
        }),
    };
}
