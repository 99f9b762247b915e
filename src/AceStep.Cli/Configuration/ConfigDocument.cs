using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Cli.Configuration;

/// <summary>
/// The parsed config.json, edited by dot path. Keys the CLI does not know are kept as they are,
/// so a file shared with other tools survives <c>config --set</c>.
/// </summary>
internal sealed class ConfigDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly JsonObject _root;

    public ConfigDocument(JsonObject root, bool exists)
    {
        _root = root;
        Exists = exists;
    }

    /// <summary>False when the file did not exist and defaults apply throughout.</summary>
    public bool Exists { get; }

    public static ConfigDocument Empty() => new(new JsonObject(), exists: false);

    /// <summary>The file as written by <c>config --reset</c>: the documented defaults (docs/cli.md, Configuration).</summary>
    public static ConfigDocument Defaults()
    {
        var document = new ConfigDocument(new JsonObject(), exists: false);
        string[] written =
        [
            "api_url", "api_key", "api_mode", "generation.thinking", "generation.use_format", "generation.use_cot_caption",
            "generation.use_cot_language", "generation.batch_size", "generation.audio_format", "generation.vocal_language",
        ];
        foreach (var name in written)
        {
            var key = ConfigKeys.Find(name)!;
            document.Set(name, key.Kind == ConfigValueKind.Secret ? JsonValue.Create("") : ConfigValueParser.ToJson(key, key.DefaultValue!));
        }

        return document;
    }

    /// <summary>Whether the path exists in the file, even with a null or empty value.</summary>
    public bool Contains(string path) => TryFind(path, out _);

    public JsonNode? Get(string path) => TryFind(path, out var node) ? node : null;

    public void Set(string path, JsonNode value)
    {
        var segments = path.Split('.');
        var current = _root;
        foreach (var segment in segments[..^1])
        {
            if (current[segment] is not JsonObject child)
            {
                child = new JsonObject();
                current[segment] = child;
            }

            current = child;
        }

        current[segments[^1]] = value;
    }

    /// <summary>Removes the key; returns false when it was not there.</summary>
    public bool Remove(string path)
    {
        var segments = path.Split('.');
        JsonObject? current = _root;
        foreach (var segment in segments[..^1])
        {
            current = current?[segment] as JsonObject;
        }

        return current is not null && current.Remove(segments[^1]);
    }

    public string ToJson() => _root.ToJsonString(Indented) + "\n";

    private bool TryFind(string path, out JsonNode? node)
    {
        node = null;
        JsonNode? current = _root;
        foreach (var segment in path.Split('.'))
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out var next))
            {
                return false;
            }

            current = next;
        }

        node = current;
        return true;
    }
}
