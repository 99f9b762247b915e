using System.Text.Json;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// POST /query_result (see docs/protocol.md, "Polling: /query_result"). The hot path of every client: entries are precomputed, so answering is a lookup
/// and a copy. The result cache wins over the store; unknown ids look like "still working".
/// </summary>
internal sealed class QueryResultEndpoint(SimulatorContext context)
{
    private const long OneHourSeconds = 3600;
    private static readonly byte[] EmptyResultLiteral = "\"[]\""u8.ToArray();

    public async Task HandleAsync(HttpContext http)
    {
        var (ids, token) = await ReadAsync(http.Request);
        if (ids is null)
        {
            await JsonResponses.WritePlainTextErrorAsync(http);
            return;
        }

        if (!await BodyAuthorization.AdmitAsync(http, context.Authorization, token))
        {
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (ids, this), static (w, s) => s.Item2.WriteEntries(w, s.ids));
    }

    private void WriteEntries(Utf8JsonWriter w, List<string> ids)
    {
        var runtime = context.Runtime;
        var now = context.Clock.GetUtcNow().ToUnixTimeSeconds();
        var logLine = runtime.Log.CurrentLiteral;
        w.WriteStartArray();
        foreach (var id in ids)
        {
            w.WriteStartObject();
            w.WriteString("task_id"u8, id);
            if (context.Cache.TryRead(id, out var entry))
            {
                var expired = entry.Status == 0 && now - entry.CreateTimeSeconds > OneHourSeconds;
                WriteEntry(w, entry, expired ? 2 : entry.Status, expired ? null : logLine);
            }
            else if (runtime.Store.TryGet(id, out var job))
            {
                entry = job.StoreEntry;
                WriteEntry(w, entry, entry.Status, entry.OwnProgressText ?? logLine);
            }
            else
            {
                w.WritePropertyName("result"u8);
                w.WriteRawValue(EmptyResultLiteral, skipInputValidation: true);
                w.WriteNumber("status"u8, 0);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEntry(Utf8JsonWriter w, QueryEntry entry, int status, byte[]? progressText)
    {
        w.WriteNumber("status"u8, status);
        w.WritePropertyName("result"u8);
        w.WriteRawValue(entry.ResultLiteral, skipInputValidation: true);
        if (progressText is not null)
        {
            w.WritePropertyName("progress_text"u8);
            w.WriteRawValue(progressText, skipInputValidation: true);
        }
    }

    /// <summary>JSON when the content type mentions json (non-objects and bad JSON are a plain 500), else a form (see docs/protocol.md, "Polling: /query_result").</summary>
    private static async Task<(List<string>? Ids, AiToken Token)> ReadAsync(HttpRequest request)
    {
        var contentType = request.ContentType ?? string.Empty;
        if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return (null, AiToken.None);
                }

                var ids = root.TryGetProperty("task_id_list", out var list) ? TaskIdList.FromElement(list) : [];
                return (ids, AiToken.From(root));
            }
            catch (JsonException)
            {
                return (null, AiToken.None);
            }
        }

        if (!request.HasFormContentType)
        {
            return ([], AiToken.None);
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var listText = form.TryGetValue("task_id_list", out var listValues) ? listValues[^1] : null;
        var tokenText = form.TryGetValue("ai_token", out var tokenValues) ? tokenValues[^1] : null;
        return (TaskIdList.FromText(listText), AiToken.FromText(tokenText));
    }
}
