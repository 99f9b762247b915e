using System.Text.Json;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Http;

/// <summary>
/// Writes the response shapes in docs/protocol.md, "Responses": the native envelope, FastAPI's <c>{"detail":…}</c>, and the plain-text 500.
/// Bodies are built in pooled buffers and sent with a Content-Length, as uvicorn does.
/// </summary>
internal static class JsonResponses
{
    public const string JsonContentType = "application/json";
    private static readonly byte[] PlainTextErrorBody = "Internal Server Error"u8.ToArray();

    /// <summary>The envelope <c>{"data":…,"code":…,"error":…,"timestamp":…,"extra":null}</c>.</summary>
    public static Task WriteEnvelopeAsync<TState>(
        HttpContext context, TimeProvider clock, TState state, Action<Utf8JsonWriter, TState> writeData, int code = 200, string? error = null) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, (clock, state, writeData, code, error), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            s.writeData(writer, s.state);
            writer.WriteNumber("code"u8, s.code);
            if (s.error is null)
            {
                writer.WriteNull("error"u8);
            }
            else
            {
                writer.WriteString("error"u8, s.error);
            }

            writer.WriteNumber("timestamp"u8, s.clock.GetUtcNow().ToUnixTimeMilliseconds());
            writer.WriteNull("extra"u8);
            writer.WriteEndObject();
        });

    /// <summary>A soft error: HTTP 200, <c>data: null</c>, the given code and error text.</summary>
    public static Task WriteSoftErrorAsync(HttpContext context, TimeProvider clock, int code, string error) =>
        WriteEnvelopeAsync(context, clock, 0, static (writer, _) => writer.WriteNullValue(), code, error);

    /// <summary>FastAPI's HTTPException body.</summary>
    public static Task WriteDetailAsync(HttpContext context, int statusCode, string detail) =>
        WriteJsonAsync(context, statusCode, detail, static (writer, d) =>
        {
            writer.WriteStartObject();
            writer.WriteString("detail"u8, d);
            writer.WriteEndObject();
        });

    /// <summary>What uvicorn sends for an unhandled exception.</summary>
    public static Task WritePlainTextErrorAsync(HttpContext context) =>
        WriteBytesAsync(context, StatusCodes.Status500InternalServerError, "text/plain; charset=utf-8", PlainTextErrorBody);

    public static async Task WriteJsonAsync<TState>(HttpContext context, int statusCode, TState state, Action<Utf8JsonWriter, TState> write)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.CompactOptions))
        {
            write(writer, state);
        }

        await WriteBytesAsync(context, statusCode, JsonContentType, buffer.WrittenMemory);
    }

    public static async Task WriteBytesAsync(HttpContext context, int statusCode, string contentType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
