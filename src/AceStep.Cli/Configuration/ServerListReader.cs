using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Configuration;

/// <summary>
/// Reads the config file's <c>servers</c> list, the servers of <c>acestep batch</c>:
/// <c>[{"url": "http://gpu1:8001", "mode": "native", "api_key": "…", "capacity": 2}, …]</c>.
/// Every problem names the entry; a key is never quoted back.
/// </summary>
internal static class ServerListReader
{
    public const string Key = "servers";

    public const int MaximumCapacity = 64;

    private static readonly string[] Fields = ["url", "mode", "api_key", "capacity"];

    public static IReadOnlyList<ServerEntry> Read(ConfigDocument config, string configPath)
    {
        var node = config.Get(Key);
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray list)
        {
            throw Invalid(configPath, $"'{Key}' must be a list of servers, e.g. [{{\"url\": \"http://gpu1:8001\", \"mode\": \"native\"}}].");
        }

        var entries = new List<ServerEntry>();
        for (var index = 0; index < list.Count; index++)
        {
            entries.Add(ReadEntry(list[index], $"{Key}[{index}]", configPath));
        }

        return entries;
    }

    private static ServerEntry ReadEntry(JsonNode? node, string where, string configPath)
    {
        if (node is not JsonObject entry)
        {
            throw Invalid(configPath, $"{where} must be an object with a \"url\".");
        }

        if (entry.Select(field => field.Key).FirstOrDefault(name => !Fields.Contains(name, StringComparer.Ordinal)) is { } unknown)
        {
            throw Invalid(configPath, $"{where} has an unknown field '{unknown}'; the fields are {string.Join(", ", Fields)}.");
        }

        var urlText = Text(entry, "url", where, configPath)
            ?? throw Invalid(configPath, $"{where} needs a \"url\", e.g. \"http://gpu1:8001\".");
        if (!ConfigValueParser.TryParse(ConfigKeys.ApiUrl, urlText, out var url, out var urlError))
        {
            throw Invalid(configPath, $"{where}: {urlError.Replace(ConfigKeys.ApiUrl.Name, "url", StringComparison.Ordinal)}");
        }

        ApiMode? mode = Text(entry, "mode", where, configPath) switch
        {
            null => null,
            var text when text.Equals("native", StringComparison.OrdinalIgnoreCase) => ApiMode.Native,
            var text when text.Equals("completion", StringComparison.OrdinalIgnoreCase) => ApiMode.Completion,
            var text => throw Invalid(configPath, $"{where}: mode '{text}' is not valid; choose native or completion."),
        };
        // Text() would quote nothing back, but a key's problem is still worded without its value.
        var key = Text(entry, "api_key", where, configPath)?.Trim();

        return new ServerEntry(new Uri(url + "/"), mode, string.IsNullOrEmpty(key) ? null : key, Capacity(entry, where, configPath));
    }

    private static int? Capacity(JsonObject entry, string where, string configPath)
    {
        if (entry["capacity"] is not { } node)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var capacity) || capacity < 1 || capacity > MaximumCapacity)
        {
            throw Invalid(configPath, $"{where}: capacity must be a whole number from 1 to {MaximumCapacity}.");
        }

        return capacity;
    }

    private static string? Text(JsonObject entry, string field, string where, string configPath)
    {
        if (entry[field] is not { } node)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw Invalid(configPath, $"{where}: {field} must be a string.");
    }

    private static CliException Invalid(string configPath, string problem) =>
        CliException.Configuration($"The config file {configPath}: {problem}", $"Fix the '{Key}' list in {configPath} (see docs/batch.md, Servers).");
}
