using System.Globalization;
using System.Text;
using System.Text.Json;
using AceStep.Simulator.Requests;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// The result items of the analysis-only flags of /release_task (see docs/protocol.md, "Other routes"): no audio, and for the two source
/// analyses a raw object without <c>status</c> or <c>file</c>, reported with task status 1.
/// </summary>
internal static class AnalysisResults
{
    public static bool IsAnalysis(GenerationParameters p) => p.AnalysisOnly || p.FullAnalysisOnly || p.ExtractCodesOnly;

    /// <summary>Why the analysis cannot run, or null.</summary>
    public static string? Precondition(GenerationParameters p, SimulatorFaults faults)
    {
        if ((p.AnalysisOnly || p.FullAnalysisOnly) && faults.LmMissing)
        {
            return TaskRules.LmMissingError(faults);
        }

        return (p.FullAnalysisOnly || p.ExtractCodesOnly) && p.SourceAudioPath is null
            ? "src_audio_path is required for this analysis mode"
            : null;
    }

    public static QueryEntry Entry(long createTime, GenerationParameters p, SongDecision song, string seedValue, ServerVersion version, DateTimeOffset now)
    {
        using var buffer = new PooledBufferWriter();
        using (var w = new Utf8JsonWriter(buffer, JsonWriting.CompactOptions))
        {
            w.WriteStartArray();
            w.WriteStartObject();
            if (p.ExtractCodesOnly)
            {
                WriteCodesOnly(w, song);
            }
            else if (p.FullAnalysisOnly)
            {
                WriteFullAnalysis(w, song, version);
            }
            else
            {
                WriteMetadataAnalysis(w, createTime, song, seedValue);
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        var text = PythonJson.FromCompact(Encoding.UTF8.GetString(buffer.WrittenSpan), asciiOnly: false);
        return new QueryEntry(1, JsonStringLiteral.Encode(text), createTime, null, now);
    }

    private static void WriteMetadataAnalysis(Utf8JsonWriter w, long createTime, SongDecision song, string seedValue)
    {
        w.WriteString("file", string.Empty);
        w.WriteString("wave", string.Empty);
        w.WriteNumber("status", 1);
        w.WriteNumber("create_time", createTime);
        w.WriteString("env", "development");
        w.WriteString("prompt", song.Prompt);
        w.WriteString("lyrics", song.Lyrics);
        w.WriteStartObject("metas");
        w.WriteNumber("bpm", song.RenderBpm);
        w.WriteNumber("duration", (long)Math.Round(song.RenderDuration));
        w.WriteString("genres", "N/A");
        w.WriteString("keyscale", song.RenderKeyScale);
        w.WriteString("timesignature", song.RenderTimeSignature);
        w.WriteString("prompt", song.OriginalPrompt);
        w.WriteString("lyrics", song.OriginalLyrics);
        w.WriteEndObject();
        w.WriteString("generation_info", "Analysis Only Mode Complete");
        w.WriteString("seed_value", seedValue);
        w.WriteString("lm_model", string.Empty);
        w.WriteString("dit_model", "None (Analysis Only)");
        w.WritePythonFloat("progress", 1.0);
        w.WriteString("stage", "succeeded");
    }

    private static void WriteFullAnalysis(Utf8JsonWriter w, SongDecision song, ServerVersion version)
    {
        w.WriteString("status_message", "Full Hardware Analysis Success");
        w.WriteNumber("bpm", song.RenderBpm);
        w.WriteString("keyscale", song.RenderKeyScale);
        w.WriteString("timesignature", song.RenderTimeSignature);
        w.WriteNumber("duration", (long)Math.Round(song.RenderDuration));
        w.WriteString("genre", "N/A");
        w.WriteString("prompt", song.Prompt);
        w.WriteString("lyrics", song.Lyrics);
        w.WriteString("language", song.VocalLanguage);
        w.WriteStartObject("metas");
        w.WriteNumber("bpm", song.RenderBpm);
        w.WriteString("keyscale", song.RenderKeyScale);
        w.WriteString("timesignature", song.RenderTimeSignature);
        w.WriteNumber("duration", (long)Math.Round(song.RenderDuration));
        w.WriteEndObject();
        if (version == ServerVersion.B)
        {
            w.WriteString("audio_codes", Codes(song));
        }

        w.WriteStartArray("audio_paths");
        w.WriteEndArray();
    }

    private static void WriteCodesOnly(Utf8JsonWriter w, SongDecision song)
    {
        w.WriteString("status_message", "Audio Codes Extraction Success");
        w.WriteString("audio_codes", Codes(song));
        w.WriteStartArray("audio_paths");
        w.WriteEndArray();
        w.WriteStartArray("raw_audio_paths");
        w.WriteEndArray();
        w.WriteNull("first_audio_path");
        w.WriteStartObject("metas");
        w.WriteEndObject();
    }

    /// <summary>Five semantic codes per second, in the LM's token spelling; deterministic, meaningless.</summary>
    private static string Codes(SongDecision song)
    {
        var codes = new StringBuilder();
        var count = Math.Max(1, (int)Math.Round(song.RenderDuration * 5));
        var random = new Random(song.RenderBpm * 31 + song.RenderKeyScale.Length);
        for (var i = 0; i < count; i++)
        {
            codes.Append(CultureInfo.InvariantCulture, $"<|audio_code_{random.Next(64_000)}|>");
        }

        return codes.ToString();
    }
}
