using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Requests;

/// <summary>
/// Looks a parameter up the way /release_task does (see docs/protocol.md, "Parameters of /release_task"): the top-level body, then <c>param_obj</c>, then the
/// first non-empty metadata object; within each source the aliases in order; the first value that is not null wins.
/// </summary>
internal sealed class ParameterSources
{
    private static readonly string[] MetadataKeys = ["metas", "meta", "metadata", "user_metadata", "userMetadata"];
    private readonly JsonObject[] _sources;

    public ParameterSources(JsonObject body)
    {
        Body = body;
        var sources = new List<JsonObject> { body };
        if (AsObject(body["param_obj"]) is { } paramObject)
        {
            sources.Add(paramObject);
        }

        foreach (var key in MetadataKeys)
        {
            if (AsObject(body[key]) is { Count: > 0 } metadata)
            {
                sources.Add(metadata);
                break;
            }
        }

        _sources = [.. sources];
    }

    public JsonObject Body { get; }

    public JsonNode? Find(params ReadOnlySpan<string> names)
    {
        foreach (var source in _sources)
        {
            foreach (var name in names)
            {
                if (source.TryGetPropertyValue(name, out var value) && value is not null)
                {
                    return value;
                }
            }
        }

        return null;
    }

    public string? Text(params ReadOnlySpan<string> names) => PythonValues.ToText(Find(names));

    public int? Int(params ReadOnlySpan<string> names) => PythonValues.ToInt(Find(names));

    public double? Float(params ReadOnlySpan<string> names) => PythonValues.ToFloat(Find(names));

    public bool Bool(bool defaultValue, params ReadOnlySpan<string> names) => PythonValues.ToBool(Find(names), defaultValue);

    /// <summary>An object, or a string holding a JSON object (forms send nested metadata that way).</summary>
    public static JsonObject? AsObject(JsonNode? node)
    {
        if (node is JsonObject direct)
        {
            return direct;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                return JsonNode.Parse(value.GetValue<string>()) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }
}
