using System.Text.Json;
using AceStep.Batch.Store;

namespace AceStep.Batch;

/// <summary>
/// Writes an event as one JSON object, e.g. <c>{"event":"item_completed","at":"…","key":"…","server":"…","job_id":"…","files":[…]}</c>,
/// for applications that stream one event a line to agents.
/// </summary>
public static class BatchEventJson
{
    public static void Write(Utf8JsonWriter writer, BatchEvent batchEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batchEvent);
        writer.WriteStartObject();
        switch (batchEvent)
        {
            case BatchStarted started:
                Head(writer, "batch_started", started);
                writer.WriteString("batch", started.BatchId);
                writer.WriteString("runner", started.RunnerId);
                writer.WriteNumber("total", started.Total);
                writer.WriteNumber("added", started.Added);
                Strings(writer, "servers", started.Servers);
                break;
            case ItemSubmitted submitted:
                Item(writer, "item_submitted", submitted, submitted.Key, submitted.Ordinal, submitted.Server, submitted.JobId);
                break;
            case ItemReattached reattached:
                Item(writer, "item_reattached", reattached, reattached.Key, reattached.Ordinal, reattached.Server, reattached.JobId);
                break;
            case ItemCompleted completed:
                Item(writer, "item_completed", completed, completed.Key, completed.Ordinal, completed.Server, completed.JobId);
                Strings(writer, "files", completed.Files);
                break;
            case ItemFailed failed:
                Item(writer, "item_failed", failed, failed.Key, failed.Ordinal, failed.Server, failed.JobId);
                writer.WriteString("failure", StoreNames.Of(failed.Failure));
                writer.WriteString("reason", failed.Reason);
                break;
            case ItemReleased released:
                Item(writer, "item_released", released, released.Key, released.Ordinal, released.Server, jobId: null);
                writer.WriteString("reason", released.Reason);
                break;
            case ServerPaused paused:
                Head(writer, "server_paused", paused);
                writer.WriteString("server", paused.Server);
                writer.WriteString("reason", paused.Reason);
                writer.WriteString("until", paused.Until);
                break;
            case ServerResumed resumed:
                Head(writer, "server_resumed", resumed);
                writer.WriteString("server", resumed.Server);
                break;
            case BatchProgress progress:
                WriteProgress(writer, progress);
                break;
            case BatchFinished finished:
                WriteFinished(writer, finished);
                break;
            default:
                throw new ArgumentException($"Unknown event {batchEvent.GetType().Name}.", nameof(batchEvent));
        }

        writer.WriteEndObject();
    }

    private static void WriteProgress(Utf8JsonWriter writer, BatchProgress progress)
    {
        Head(writer, "progress", progress);
        writer.WritePropertyName("overall");
        Counts(writer, progress.Overall);
        if (progress.EstimatedRemaining is { } eta)
        {
            writer.WriteNumber("eta_seconds", Math.Round(eta.TotalSeconds, 1));
        }

        writer.WriteStartArray("servers");
        foreach (var server in progress.Servers)
        {
            writer.WriteStartObject();
            writer.WriteString("server", server.Server);
            writer.WriteBoolean("paused", server.Paused);
            writer.WritePropertyName("counts");
            Counts(writer, server.Counts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFinished(Utf8JsonWriter writer, BatchFinished finished)
    {
        var summary = finished.Summary;
        Head(writer, "batch_finished", finished);
        writer.WriteString("batch", summary.BatchId);
        writer.WriteNumber("total", summary.Total);
        writer.WriteNumber("done", summary.Done);
        writer.WriteNumber("failed", summary.Failed);
        writer.WriteNumber("remaining", summary.Remaining);
        writer.WriteBoolean("stopped", summary.Stopped);
        writer.WriteBoolean("servers_unavailable", summary.ServersUnavailable);
        writer.WriteNumber("elapsed_seconds", Math.Round(summary.Elapsed.TotalSeconds, 2));
        writer.WriteString("manifest", summary.ManifestPath);
    }

    private static void Head(Utf8JsonWriter writer, string name, BatchEvent batchEvent)
    {
        writer.WriteString("event", name);
        writer.WriteString("at", batchEvent.At);
    }

    private static void Item(Utf8JsonWriter writer, string name, BatchEvent batchEvent, string key, int ordinal, string? server, string? jobId)
    {
        Head(writer, name, batchEvent);
        writer.WriteString("key", key);
        writer.WriteNumber("ordinal", ordinal);
        writer.WriteString("server", server);
        writer.WriteString("job_id", jobId);
    }

    private static void Counts(Utf8JsonWriter writer, ItemCounts counts)
    {
        writer.WriteStartObject();
        writer.WriteNumber("done", counts.Done);
        writer.WriteNumber("running", counts.Running);
        writer.WriteNumber("queued", counts.Queued);
        writer.WriteNumber("failed", counts.Failed);
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
