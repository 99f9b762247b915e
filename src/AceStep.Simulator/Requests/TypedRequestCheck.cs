using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Requests;

/// <summary>
/// The request-model validations that upstream raises as unhandled exceptions, so they surface as a plain-text
/// HTTP 500 rather than a 4xx (see docs/protocol.md, "Parameters of /release_task").
/// </summary>
internal static class TypedRequestCheck
{
    private static readonly string[] LmBackends = ["vllm", "pt", "mlx"];
    private static readonly string[] ChunkMaskModes = ["auto", "explicit"];
    private static readonly string[] RepaintModes = ["conservative", "balanced", "aggressive"];

    public static bool Passes(ParameterSources p, ServerVersion version)
    {
        if (!IsOneOf(p.Text("lm_backend"), LmBackends))
        {
            return false;
        }

        if (version == ServerVersion.A)
        {
            return true;
        }

        var repaintStrength = p.Float("repaint_strength");
        return IsOneOf(p.Text("chunk_mask_mode"), ChunkMaskModes)
            && IsOneOf(p.Text("repaint_mode"), RepaintModes)
            && repaintStrength is null or (>= 0.0 and <= 1.0)
            && IsValidSeed(p.Find("seed"))
            && IsValidTrackClasses(p.Find("track_classes", "trackClasses", "instruments"));
    }

    private static bool IsOneOf(string? value, string[] allowed) => value is null || allowed.Contains(value);

    private static bool IsValidSeed(JsonNode? seed) => seed switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => PythonValues.ToInt(v) is not null,
        _ => false,
    };

    private static bool IsValidTrackClasses(JsonNode? classes) => classes switch
    {
        null => true,
        JsonValue v => v.GetValueKind() == JsonValueKind.String,
        JsonArray a => a.All(item => item is JsonValue iv && iv.GetValueKind() == JsonValueKind.String),
        _ => false,
    };
}
