using System.Text.Json;
using System.Text.Json.Nodes;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Configuration;

/// <summary>Reads and writes config.json. A broken file is reported, never repaired or overwritten.</summary>
internal static class ConfigFile
{
    public static ConfigDocument Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.Configuration($"The config path {path} is a folder, not a file.", "Point --config or ACESTEP_CONFIG at a JSON file.");
        }

        if (!File.Exists(path))
        {
            return ConfigDocument.Empty();
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Configuration($"Cannot read the config file {path}: {ex.Message}", "Check the file's permissions.");
        }

        return string.IsNullOrWhiteSpace(text) ? new ConfigDocument(new JsonObject(), exists: true) : Parse(path, text);
    }

    private static ConfigDocument Parse(string path, string text)
    {
        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            if (JsonNode.Parse(text, documentOptions: options) is JsonObject root)
            {
                return new ConfigDocument(root, exists: true);
            }

            throw CliException.Configuration(
                $"The config file {path} must hold a JSON object ({{ ... }}).",
                $"Fix it by hand, or replace it with the defaults: acestep config --reset");
        }
        catch (JsonException ex)
        {
            // JsonException counts lines and bytes from zero; people count from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw CliException.Configuration(
                $"The config file {path} is not valid JSON (line {line}, column {column}). It was left unchanged.",
                "Fix the file by hand, or replace it with the defaults: acestep config --reset");
        }
    }

    public static void Save(string path, ConfigDocument document)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFile.WriteAllText(path, document.ToJson(), overwrite: true, ownerOnly: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Configuration($"Cannot write the config file {path}: {ex.Message}", "Check that its folder exists and is writable.");
        }
    }
}
