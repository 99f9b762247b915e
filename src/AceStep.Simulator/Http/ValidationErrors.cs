using System.Text.Json;

namespace AceStep.Simulator.Http;

/// <summary>FastAPI's 422 bodies (Pydantic v2 item shape).</summary>
internal static class ValidationErrors
{
    public static Task WriteMissingQueryAsync(HttpContext context, string name) =>
        WriteAsync(context, name, static (w, n) =>
        {
            w.WriteString("type", "missing");
            w.WriteStartArray("loc");
            w.WriteStringValue("query");
            w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteString("msg", "Field required");
            w.WriteNull("input");
        });

    /// <summary>One validation item inside <c>{"detail":[…]}</c>.</summary>
    public static Task WriteAsync<TState>(HttpContext context, TState state, Action<Utf8JsonWriter, TState> writeItemBody) =>
        JsonResponses.WriteJsonAsync(context, StatusCodes.Status422UnprocessableEntity, (state, writeItemBody), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("detail");
            w.WriteStartObject();
            s.writeItemBody(w, s.state);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
}
