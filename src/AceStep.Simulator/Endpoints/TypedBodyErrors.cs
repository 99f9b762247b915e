using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Http;

namespace AceStep.Simulator.Endpoints;

/// <summary>Pydantic v2's 422 items for the typed-body routes the simulator implements (/v1/init).</summary>
internal static class TypedBodyErrors
{
    public static Task WriteJsonInvalidAsync(HttpContext http) =>
        ValidationErrors.WriteAsync(http, 0, static (w, _) =>
        {
            w.WriteString("type", "json_invalid");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteNumberValue(0);
            w.WriteEndArray();
            w.WriteString("msg", "JSON decode error");
            w.WriteStartObject("input");
            w.WriteEndObject();
            w.WriteStartObject("ctx");
            w.WriteString("error", "Expecting value");
            w.WriteEndObject();
        });

    public static Task WriteNotAnObjectAsync(HttpContext http) =>
        ValidationErrors.WriteAsync(http, 0, static (w, _) =>
        {
            w.WriteString("type", "model_attributes_type");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteEndArray();
            w.WriteString("msg", "Input should be a valid dictionary or object to extract fields from");
            w.WriteNull("input");
        });

    public static bool TryReadSlot(JsonNode node, out int slot)
    {
        slot = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out slot)
            && slot is >= 1 and <= 3;
    }

    public static Task WriteSlotErrorAsync(HttpContext http, JsonNode node) =>
        ValidationErrors.WriteAsync(http, node, static (w, n) =>
        {
            var isInteger = n is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                && int.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            var tooSmall = isInteger && int.Parse(n.ToJsonString(), CultureInfo.InvariantCulture) < 1;
            w.WriteString("type", !isInteger ? "int_type" : tooSmall ? "greater_than_equal" : "less_than_equal");
            w.WriteStartArray("loc");
            w.WriteStringValue("body");
            w.WriteStringValue("slot");
            w.WriteEndArray();
            w.WriteString("msg", !isInteger ? "Input should be a valid integer"
                : tooSmall ? "Input should be greater than or equal to 1" : "Input should be less than or equal to 3");
            w.WritePropertyName("input");
            n.WriteTo(w);
            if (isInteger)
            {
                w.WriteStartObject("ctx");
                w.WriteNumber(tooSmall ? "ge" : "le", tooSmall ? 1 : 3);
                w.WriteEndObject();
            }
        });
}
