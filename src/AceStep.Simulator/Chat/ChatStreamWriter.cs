using System.Text;
using System.Text.Json;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Chat;

/// <summary>
/// Server-sent events of a streaming completion (see docs/protocol.md, "Chat completions"): <c>data: &lt;json&gt;</c> lines formatted like Python's
/// <c>json.dumps</c> (spaced separators, non-ASCII escaped), then <c>data: [DONE]</c>.
/// </summary>
internal sealed class ChatStreamWriter(HttpContext http, string id, long created, string model)
{
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    public Task StartAsync()
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        return http.Response.StartAsync(http.RequestAborted);
    }

    public Task WriteDeltaAsync<TState>(TState state, Action<Utf8JsonWriter, TState> writeDelta, string? finishReason = null) =>
        WriteEventAsync(ChunkJson(state, writeDelta, finishReason));

    public Task WriteContentAsync(string content) =>
        WriteDeltaAsync(content, static (w, c) => w.WriteString("content", c));

    public async Task WriteDoneAsync()
    {
        await http.Response.Body.WriteAsync(Done, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private async Task WriteEventAsync(string json)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("data: " + json + "\n\n"), http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private string ChunkJson<TState>(TState state, Action<Utf8JsonWriter, TState> writeDelta, string? finishReason)
    {
        using var buffer = new PooledBufferWriter();
        using (var w = new Utf8JsonWriter(buffer, JsonWriting.CompactOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("object", "chat.completion.chunk");
            w.WriteNumber("created", created);
            w.WriteString("model", model);
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteStartObject("delta");
            writeDelta(w, state);
            w.WriteEndObject();
            if (finishReason is null)
            {
                w.WriteNull("finish_reason");
            }
            else
            {
                w.WriteString("finish_reason", finishReason);
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return PythonJson.FromCompact(Encoding.UTF8.GetString(buffer.WrittenSpan), asciiOnly: true);
    }
}
