using System.Text.Json;

namespace AceStep.Lyrics.Formats;

/// <summary>
/// The JSON document <c>acestep transcribe --json</c> prints:
/// <c>{"provider", "model", "language", "estimated", "match_rate", "fallback", "alignment": {…}, "warnings": […], "lines": […]}</c>,
/// where <c>lines</c> is the <see cref="LyricsJson"/> array the video renderer reads (and <see cref="LyricsJson.Read"/>
/// accepts the whole document).
/// </summary>
public static class LyricsTranscriptionJson
{
    public static string Write(LyricsTranscription transcription, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(transcription);
        return JsonText.Write(indented, writer =>
        {
            writer.WriteStartObject();
            WriteProperties(writer, transcription);
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes the document's properties into an object the caller has opened, so it can add its own (the output path, the job id).</summary>
    public static void WriteProperties(Utf8JsonWriter writer, LyricsTranscription transcription)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcription);
        writer.WriteString("provider", transcription.Provider);
        WriteStringOrNull(writer, "model", transcription.Model);
        WriteStringOrNull(writer, "language", transcription.Language);
        writer.WriteBoolean("estimated", transcription.IsEstimated);
        if (transcription.MatchRate is { } matchRate)
        {
            writer.WriteNumber("match_rate", Math.Round(matchRate, 4));
        }
        else
        {
            writer.WriteNull("match_rate");
        }

        writer.WriteBoolean("fallback", transcription.UsedFallback);
        if (transcription.Alignment is { } alignment)
        {
            writer.WriteStartObject("alignment");
            writer.WriteNumber("written", alignment.WrittenTokens);
            writer.WriteNumber("matched", alignment.Matched);
            writer.WriteNumber("substituted", alignment.Substituted);
            writer.WriteNumber("interpolated", alignment.Interpolated);
            writer.WriteNumber("extra_heard", alignment.ExtraHeard);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("warnings");
        foreach (var warning in transcription.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("lines");
        LyricsJson.WriteLines(writer, transcription.Lyrics);
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
