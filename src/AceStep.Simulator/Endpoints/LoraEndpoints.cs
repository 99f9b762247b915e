using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>
/// /v1/lora/* [B] (header auth, typed bodies): adapters on the primary model. Malformed JSON is a 422 before auth,
/// a missing field a 422 after it; without a loaded model every route answers 500 "Model not initialized".
/// load/unload fail with HTTP 400, toggle/scale with soft envelope errors, as upstream does.
/// </summary>
internal sealed class LoraEndpoints(SimulatorContext context)
{
    public void Map(WebApplication app)
    {
        app.MapPost("/v1/lora/load", LoadAsync);
        app.MapPost("/v1/lora/unload", UnloadAsync);
        app.MapPost("/v1/lora/toggle", ToggleAsync);
        app.MapPost("/v1/lora/scale", ScaleAsync);
        app.MapGet("/v1/lora/status", StatusAsync);
    }

    private async Task LoadAsync(HttpContext http)
    {
        if (await ReadCheckedAsync(http) is not { } body)
        {
            return;
        }

        var path = PythonValues.ToText(body["lora_path"]);
        if (string.IsNullOrEmpty(path))
        {
            await WriteMissingAsync(http, "lora_path", body);
            return;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, $"❌ LoRA path not found: {path}");
            return;
        }

        var requestedName = PythonValues.ToText(body["adapter_name"]);
        var name = string.IsNullOrEmpty(requestedName) ? Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(path)) : requestedName;
        var message = context.Runtime.Lora.Load(path, name);
        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (message, path, requestedName), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("message", s.message);
            w.WriteString("lora_path", s.path);
            if (!string.IsNullOrEmpty(s.requestedName))
            {
                w.WriteString("adapter_name", s.requestedName);
            }

            w.WriteEndObject();
        });
    }

    private async Task UnloadAsync(HttpContext http)
    {
        if (await ReadCheckedAsync(http) is null)
        {
            return;
        }

        var message = context.Runtime.Lora.Unload();
        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, message, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("message", m);
            w.WriteEndObject();
        });
    }

    private async Task ToggleAsync(HttpContext http)
    {
        if (await ReadCheckedAsync(http) is not { } body)
        {
            return;
        }

        if (body["use_lora"] is not JsonValue value || value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            await WriteMissingAsync(http, "use_lora", body);
            return;
        }

        var enabled = value.GetValue<bool>();
        var message = context.Runtime.Lora.Toggle(enabled);
        if (!message.StartsWith('✅'))
        {
            await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 400, message);
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (message, enabled), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("message", s.message);
            w.WriteBoolean("use_lora", s.enabled);
            w.WriteEndObject();
        });
    }

    private async Task ScaleAsync(HttpContext http)
    {
        if (await ReadCheckedAsync(http) is not { } body)
        {
            return;
        }

        if (body["scale"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            await WriteMissingAsync(http, "scale", body);
            return;
        }

        var scale = value.GetValue<double>();
        if (scale is < 0 or > 1)
        {
            await WriteScaleRangeErrorAsync(http, scale);
            return;
        }

        var adapter = PythonValues.ToText(body["adapter_name"]);
        var message = context.Runtime.Lora.Scale(scale, string.IsNullOrEmpty(adapter) ? null : adapter);
        if (message.StartsWith('❌'))
        {
            await JsonResponses.WriteSoftErrorAsync(http, context.Clock, 400, message);
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (message, scale, adapter), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("message", s.message);
            w.WriteNumber("scale", s.scale);
            if (!string.IsNullOrEmpty(s.adapter))
            {
                w.WriteString("adapter_name", s.adapter);
            }

            w.WriteEndObject();
        });
    }

    private async Task StatusAsync(HttpContext http)
    {
        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
            return;
        }

        if (!context.Runtime.Models.ModelsInitialized)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status500InternalServerError, "Model not initialized");
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, context.Runtime.Lora.Snapshot(), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteBoolean("lora_loaded", s.Loaded);
            w.WriteBoolean("use_lora", s.Enabled);
            w.WriteNumber("lora_scale", s.Scale);
            if (s.Loaded)
            {
                w.WriteString("adapter_type", "lora");
            }
            else
            {
                w.WriteNull("adapter_type");
            }

            w.WriteStartObject("scales");
            foreach (var (name, scale) in s.Scales)
            {
                w.WriteNumber(name, scale);
            }

            w.WriteEndObject();
            if (s.ActiveAdapter is null)
            {
                w.WriteNull("active_adapter");
            }
            else
            {
                w.WriteString("active_adapter", s.ActiveAdapter);
            }

            w.WriteStartArray("adapters");
            foreach (var name in s.Scales.Keys)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            w.WriteBoolean("synthetic_default_mode", false);
            w.WriteEndObject();
        });
    }

    /// <summary>The typed-body preamble, then a loaded model (500). Null when an answer was written.</summary>
    private async Task<JsonObject?> ReadCheckedAsync(HttpContext http)
    {
        if (await TypedBodyPreamble.CheckAsync(http, context, await TypedJsonBody.ReadAsync(http.Request)) is not { } body)
        {
            return null;
        }

        if (!context.Runtime.Models.ModelsInitialized)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status500InternalServerError, "Model not initialized");
            return null;
        }

        return body;
    }

    private static Task WriteMissingAsync(HttpContext http, string field, JsonObject body) =>
        ValidationErrors.WriteAsync(http, (field, body), static (w, s) =>
        {
            w.WriteString("type", "missing");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteStringValue(s.field);
            w.WriteEndArray();
            w.WriteString("msg", "Field required");
            w.WritePropertyName("input");
            s.body.WriteTo(w);
        });

    private static Task WriteScaleRangeErrorAsync(HttpContext http, double scale) =>
        ValidationErrors.WriteAsync(http, scale, static (w, value) =>
        {
            var tooSmall = value < 0;
            w.WriteString("type", tooSmall ? "greater_than_equal" : "less_than_equal");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteStringValue("scale");
            w.WriteEndArray();
            w.WriteString("msg", string.Create(CultureInfo.InvariantCulture, $"Input should be {(tooSmall ? "greater" : "less")} than or equal to {(tooSmall ? 0 : 1)}.0"));
            w.WriteNumber("input", value);
            w.WriteStartObject("ctx");
            w.WriteNumber(tooSmall ? "ge" : "le", tooSmall ? 0.0 : 1.0);
            w.WriteEndObject();
        });
}
