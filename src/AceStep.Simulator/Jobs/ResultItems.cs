using System.Text;
using System.Text.Json;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// Builds the result items in docs/protocol.md, "Polling: /query_result" and turns them into ready-to-send <see cref="QueryEntry"/> values.
/// Key order and the Python formatting of the <c>result</c> string follow upstream.
/// </summary>
internal static class ResultItems
{
    private static readonly byte[] EmptyProgressText = JsonStringLiteral.Encode(string.Empty);

    /// <summary>(a) A job waiting for the worker, as the store shows it.</summary>
    public static QueryEntry QueuedEntry(long createTime, DateTimeOffset now) =>
        Entry(0, createTime, now, null, createTime, static (w, t) =>
        {
            WriteCommon(w, 0, t);
            w.WriteString("prompt", string.Empty);
            w.WriteString("lyrics", string.Empty);
            w.WriteStartObject("metas");
            w.WriteEndObject();
            w.WritePythonFloat("progress", 0.0);
            w.WriteString("stage", "queued");
            w.WriteNull("error");
        });

    /// <summary>(b) A running job, as the result cache shows it.</summary>
    public static QueryEntry RunningEntry(long createTime, double progress, string stage, DateTimeOffset now) =>
        Entry(0, createTime, now, null, (createTime, progress, stage), static (w, s) =>
        {
            WriteCommon(w, 0, s.createTime);
            w.WritePythonFloat("progress", s.progress);
            w.WriteString("stage", s.stage);
        });

    /// <summary>(c) A succeeded job: one item per file, all sharing the metadata.</summary>
    public static QueryEntry SucceededEntry(long createTime, SucceededResult result, DateTimeOffset now)
    {
        using var buffer = new PooledBufferWriter();
        using (var w = new Utf8JsonWriter(buffer, JsonWriting.CompactOptions))
        {
            w.WriteStartArray();
            var urls = result.FileUrls.Count > 0 ? result.FileUrls : [string.Empty];
            foreach (var url in urls)
            {
                WriteSucceededItem(w, createTime, url, result);
            }

            w.WriteEndArray();
        }

        return ToEntry(1, createTime, now, null, buffer);
    }

    /// <summary>(d) A job that failed while running: no error text reaches the client.</summary>
    public static QueryEntry FailedEntry(long createTime, DateTimeOffset now) =>
        Entry(2, createTime, now, null, createTime, static (w, t) =>
        {
            WriteCommon(w, 2, t);
            w.WritePythonFloat("progress", 0.0);
            w.WriteString("stage", "failed");
        });

    /// <summary>(e) Model initialisation failed before the job started: the store's item, with the error.</summary>
    public static QueryEntry FailedBeforeStartEntry(long createTime, string error, DateTimeOffset now) =>
        Entry(2, createTime, now, EmptyProgressText, (createTime, error), static (w, s) =>
        {
            WriteCommon(w, 2, s.createTime);
            w.WriteString("prompt", string.Empty);
            w.WriteString("lyrics", string.Empty);
            w.WriteStartObject("metas");
            w.WriteEndObject();
            w.WritePythonFloat("progress", 0.0);
            w.WriteString("stage", "failed");
            w.WriteString("error", s.error);
        });

    private static void WriteSucceededItem(Utf8JsonWriter w, long createTime, string url, SucceededResult result)
    {
        var song = result.Song;
        w.WriteStartObject();
        w.WriteString("file", url);
        w.WriteString("wave", string.Empty);
        w.WriteNumber("status", 1);
        w.WriteNumber("create_time", createTime);
        w.WriteString("env", "development");
        w.WriteString("prompt", song.Prompt);
        w.WriteString("lyrics", song.Lyrics);
        WriteMetas(w, song);
        w.WriteString("generation_info", result.GenerationInfo);
        w.WriteString("seed_value", result.SeedValue);
        w.WriteString("lm_model", result.LmModel);
        w.WriteString("dit_model", result.DitModel);
        w.WritePythonFloat("progress", 1.0);
        w.WriteString("stage", "succeeded");
        w.WriteEndObject();
    }

    private static void WriteMetas(Utf8JsonWriter w, SongDecision song)
    {
        w.WriteStartObject("metas");
        if (song.ReportedBpm is { } bpm)
        {
            w.WriteNumber("bpm", bpm);
        }
        else
        {
            w.WriteString("bpm", "N/A");
        }

        if (song.ReportedDuration is not { } duration)
        {
            w.WriteString("duration", "N/A");
        }
        else if (song.DurationFromUser)
        {
            w.WritePythonFloat("duration", duration);
        }
        else
        {
            w.WriteNumber("duration", (long)Math.Round(duration));
        }

        w.WriteString("genres", "N/A");
        w.WriteString("keyscale", NullToNotAvailable(song.ReportedKeyScale));
        w.WriteString("timesignature", NullToNotAvailable(song.ReportedTimeSignature));
        w.WriteString("prompt", song.OriginalPrompt);
        w.WriteString("lyrics", song.OriginalLyrics);
        w.WriteEndObject();
    }

    private static string NullToNotAvailable(string? value) => string.IsNullOrEmpty(value) ? "N/A" : value;

    private static void WriteCommon(Utf8JsonWriter w, int status, long createTime)
    {
        w.WriteString("file", string.Empty);
        w.WriteString("wave", string.Empty);
        w.WriteNumber("status", status);
        w.WriteNumber("create_time", createTime);
        w.WriteString("env", "development");
    }

    private static QueryEntry Entry<TState>(
        int status, long createTime, DateTimeOffset now, byte[]? ownProgressText, TState state, Action<Utf8JsonWriter, TState> writeItem)
    {
        using var buffer = new PooledBufferWriter();
        using (var w = new Utf8JsonWriter(buffer, JsonWriting.CompactOptions))
        {
            w.WriteStartArray();
            w.WriteStartObject();
            writeItem(w, state);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        return ToEntry(status, createTime, now, ownProgressText, buffer);
    }

    private static QueryEntry ToEntry(int status, long createTime, DateTimeOffset now, byte[]? ownProgressText, PooledBufferWriter buffer)
    {
        var pythonText = PythonJson.FromCompact(Encoding.UTF8.GetString(buffer.WrittenSpan), asciiOnly: false);
        return new QueryEntry(status, JsonStringLiteral.Encode(pythonText), createTime, ownProgressText, now);
    }
}
