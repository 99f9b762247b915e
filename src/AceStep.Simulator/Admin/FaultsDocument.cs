using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Simulator.Admin;

/// <summary>The JSON form of <see cref="SimulatorFaults"/> used by GET/PUT /_simulator/faults (snake_case, seconds).</summary>
internal static class FaultsDocument
{
    public static void Write(Utf8JsonWriter w, SimulatorFaults faults)
    {
        w.WriteStartObject();
        w.WriteNumber("model_load_delay_seconds", faults.ModelLoadDelay.TotalSeconds);
        WriteNullable(w, "model_load_error", faults.ModelLoadError);
        w.WriteBoolean("lm_unavailable", faults.LmUnavailable);
        WriteNullable(w, "lm_load_error", faults.LmLoadError);
        w.WriteNumber("job_failure_rate", faults.JobFailureRate);
        w.WriteBoolean("queue_full", faults.QueueFull);
        w.WriteNumber("download_bytes_per_second", faults.DownloadBytesPerSecond);
        if (faults.DropDownloadAfterBytes is { } drop)
        {
            w.WriteNumber("drop_download_after_bytes", drop);
        }
        else
        {
            w.WriteNull("drop_download_after_bytes");
        }

        if (faults.ChatTimeout is { } timeout)
        {
            w.WriteNumber("chat_timeout_seconds", timeout.TotalSeconds);
        }
        else
        {
            w.WriteNull("chat_timeout_seconds");
        }

        w.WriteStartArray("response_faults");
        foreach (var fault in faults.ResponseFaults)
        {
            w.WriteStartObject();
            w.WriteString("path", fault.Path);
            w.WriteString("kind", KindName(fault.Kind));
            w.WriteNumber("status", fault.StatusCode);
            w.WriteNumber("count", fault.Count);
            w.WriteNumber("remaining", fault.Count <= 0 ? 0 : fault.Remaining);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Applies the keys present in <paramref name="document"/>; absent keys keep their value.</summary>
    /// <exception cref="FormatException">A value has the wrong type or an unknown key is given.</exception>
    public static void Apply(JsonObject document, SimulatorFaults faults)
    {
        foreach (var (key, value) in document)
        {
            switch (key)
            {
                case "model_load_delay_seconds": faults.ModelLoadDelay = TimeSpan.FromSeconds(Number(value, key)); break;
                case "model_load_error": faults.ModelLoadError = NullableText(value, key); break;
                case "lm_unavailable": faults.LmUnavailable = Boolean(value, key); break;
                case "lm_load_error": faults.LmLoadError = NullableText(value, key); break;
                case "job_failure_rate": faults.JobFailureRate = Number(value, key); break;
                case "queue_full": faults.QueueFull = Boolean(value, key); break;
                case "download_bytes_per_second": faults.DownloadBytesPerSecond = (long)Number(value, key); break;
                case "drop_download_after_bytes": faults.DropDownloadAfterBytes = value is null ? null : (long)Number(value, key); break;
                case "chat_timeout_seconds": faults.ChatTimeout = value is null ? null : TimeSpan.FromSeconds(Number(value, key)); break;
                case "response_faults": faults.ResponseFaults = ResponseFaults(value); break;
                default: throw new FormatException($"Unknown fault '{key}'.");
            }
        }
    }

    private static List<ResponseFault> ResponseFaults(JsonNode? value)
    {
        if (value is not JsonArray array)
        {
            throw new FormatException("'response_faults' must be an array.");
        }

        return [.. array.Select(item => item as JsonObject ?? throw new FormatException("Each response fault must be an object.")).Select(item =>
            new ResponseFault(
                NullableText(item["path"], "path") ?? throw new FormatException("A response fault needs a 'path'."),
                ParseKind(NullableText(item["kind"], "kind") ?? "status"),
                item["status"] is null ? 500 : (int)Number(item["status"], "status"),
                item["count"] is null ? 1 : (int)Number(item["count"], "count")))];
    }

    private static string KindName(ResponseFaultKind kind) => kind switch
    {
        ResponseFaultKind.PlainText500 => "plain_text_500",
        ResponseFaultKind.MalformedJson => "malformed_json",
        _ => "status",
    };

    private static ResponseFaultKind ParseKind(string kind) => kind switch
    {
        "status" => ResponseFaultKind.Status,
        "plain_text_500" => ResponseFaultKind.PlainText500,
        "malformed_json" => ResponseFaultKind.MalformedJson,
        _ => throw new FormatException($"Unknown response fault kind '{kind}' (status, plain_text_500, malformed_json)."),
    };

    private static double Number(JsonNode? value, string key) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? v.GetValue<double>()
            : throw new FormatException($"'{key}' must be a number.");

    private static bool Boolean(JsonNode? value, string key) =>
        value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValue<bool>()
            : throw new FormatException($"'{key}' must be true or false.");

    private static string? NullableText(JsonNode? value, string key) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new FormatException($"'{key}' must be a string or null."),
    };

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
