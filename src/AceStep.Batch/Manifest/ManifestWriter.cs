using System.Text.Json;
using AceStep.Batch.Store;

namespace AceStep.Batch;

/// <summary>
/// Writes <c>batch.json</c>: every item of the batch as the queue holds it at one moment (state, server, job id,
/// files, error), to a temporary file in the same folder that then replaces the manifest in one rename, so a
/// reader sees the previous snapshot or the new one, never a mix. An item is <c>done</c> only after its files
/// are in place, so every file the manifest lists exists.
/// </summary>
internal sealed class ManifestWriter(string outputDirectory, string runnerId, string engine)
{
    public const string FileName = "batch.json";

    public string Path { get; } = System.IO.Path.Combine(outputDirectory, FileName);

    public void Write(string batchId, IReadOnlyList<ItemRecord> items, ItemCounts counts, DateTimeOffset now)
    {
        var temporary = System.IO.Path.Combine(outputDirectory, $".{FileName}.{runnerId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("batch", batchId);
            writer.WriteString("store", engine);
            writer.WriteString("written_at", now);
            writer.WriteString("written_by", runnerId);
            writer.WriteStartObject("counts");
            writer.WriteNumber("total", counts.Total);
            writer.WriteNumber("done", counts.Done);
            writer.WriteNumber("running", counts.Running);
            writer.WriteNumber("queued", counts.Queued);
            writer.WriteNumber("failed", counts.Failed);
            writer.WriteEndObject();
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                WriteItem(writer, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    private static void WriteItem(Utf8JsonWriter writer, ItemRecord item)
    {
        writer.WriteStartObject();
        writer.WriteString("key", item.Key);
        writer.WriteNumber("ordinal", item.Ordinal);
        if (item.LineNumber is { } line)
        {
            writer.WriteNumber("line", line);
        }

        writer.WriteString("state", StoreNames.Of(item.State));
        writer.WriteString("server", item.Server);
        writer.WriteString("mode", item.Mode is { } mode ? StoreNames.Of(mode) : null);
        writer.WriteString("job_id", item.JobId);
        writer.WriteNumber("attempts", item.Attempts);
        writer.WriteStartArray("files");
        foreach (var file in item.Files)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
        writer.WriteString("failure", item.Failure is { } failure ? StoreNames.Of(failure) : null);
        writer.WriteString("error", item.Error);
        if (item.SubmittedAt is { } submitted)
        {
            writer.WriteString("submitted_at", submitted);
        }

        if (item.FinishedAt is { } finished)
        {
            writer.WriteString("finished_at", finished);
        }

        writer.WritePropertyName("request");
        writer.WriteRawValue(item.RequestJson, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
