using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AceStep.Cli.Configuration;

/// <summary>
/// Turns user text (from <c>config --set</c>, flags or environment variables) and config.json values into one
/// canonical string per key, and canonical strings back into typed JSON for the file.
/// </summary>
internal static class ConfigValueParser
{
    private static readonly string[] TrueWords = ["true", "yes", "on", "1"];
    private static readonly string[] FalseWords = ["false", "no", "off", "0"];

    /// <summary>Validates <paramref name="text"/> for <paramref name="key"/>; returns the canonical form or an error.</summary>
    public static bool TryParse(ConfigKey key, string text, out string canonical, out string error)
    {
        canonical = "";
        error = "";
        var trimmed = text.Trim();
        switch (key.Kind)
        {
            case ConfigValueKind.Boolean:
                if (TryParseBoolean(trimmed, out var flag))
                {
                    canonical = flag ? "true" : "false";
                    return true;
                }

                error = $"'{trimmed}' is not a boolean for {key.Name}: use true/false, yes/no, on/off or 1/0.";
                return false;
            case ConfigValueKind.Integer:
                return TryParseInteger(key, trimmed, out canonical, out error);
            case ConfigValueKind.Choice:
                return TryParseChoice(key, trimmed, out canonical, out error);
            case ConfigValueKind.Url:
                return TryParseUrl(key, trimmed, out canonical, out error);
            case ConfigValueKind.Secret:
                // A key is opaque; only surrounding whitespace (a pasted newline) is dropped.
                canonical = trimmed;
                return true;
            case ConfigValueKind.Path:
            case ConfigValueKind.Text:
            default:
                if (trimmed.Length == 0)
                {
                    error = $"{key.Name} cannot be empty; use 'acestep config --unset {key.Name}' to return to the default.";
                    return false;
                }

                canonical = trimmed;
                return true;
        }
    }

    private static bool TryParseInteger(ConfigKey key, string text, out string canonical, out string error)
    {
        canonical = "";
        error = "";
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            error = $"'{text}' is not a whole number for {key.Name}.";
            return false;
        }

        if (number < key.Minimum || number > key.Maximum)
        {
            error = key.Maximum == int.MaxValue
                ? $"{key.Name} must be at least {key.Minimum} (got {number})."
                : $"{key.Name} must be between {key.Minimum} and {key.Maximum} (got {number}).";
            return false;
        }

        canonical = number.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryParseChoice(ConfigKey key, string text, out string canonical, out string error)
    {
        canonical = key.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) ?? "";
        error = canonical.Length > 0 ? "" : $"'{text}' is not a valid {key.Name}: choose one of {string.Join(", ", key.Choices)}.";
        return canonical.Length > 0;
    }

    /// <summary>Reads a value stored in config.json (any JSON type the user may have typed by hand).</summary>
    public static bool TryFromJson(ConfigKey key, JsonNode? node, out string? canonical, out string error)
    {
        canonical = null;
        error = "";
        if (node is null)
        {
            return true;
        }

        string text;
        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                text = node.GetValue<string>();
                if (text.Length == 0 && key.Kind is ConfigValueKind.Secret or ConfigValueKind.Path)
                {
                    return true;
                }

                break;
            case JsonValueKind.True:
                text = "true";
                break;
            case JsonValueKind.False:
                text = "false";
                break;
            case JsonValueKind.Number:
                text = node.ToJsonString();
                break;
            default:
                error = $"{key.Name} must be a {Describe(key.Kind)}, not a JSON {node.GetValueKind().ToString().ToLowerInvariant()}.";
                return false;
        }

        if (!TryParse(key, text, out var parsed, out error))
        {
            return false;
        }

        canonical = parsed;
        return true;
    }

    /// <summary>The JSON value written to config.json for a canonical value.</summary>
    public static JsonNode ToJson(ConfigKey key, string canonical) => key.Kind switch
    {
        ConfigValueKind.Boolean => JsonValue.Create(canonical == "true"),
        ConfigValueKind.Integer => JsonValue.Create(int.Parse(canonical, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(canonical),
    };

    public static bool TryParseBoolean(string text, out bool value)
    {
        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase);
    }

    private static bool TryParseUrl(ConfigKey key, string text, out string canonical, out string error)
    {
        canonical = "";
        error = "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            error = $"'{text}' is not a valid {key.Name}: use an http:// or https:// address, e.g. {ConfigKeys.DefaultApiUrl}.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            error = $"{key.Name} must not contain credentials; set the key with 'acestep config --set api_key' instead.";
            return false;
        }

        canonical = text.TrimEnd('/');
        return true;
    }

    private static string Describe(ConfigValueKind kind) => kind switch
    {
        ConfigValueKind.Boolean => "boolean",
        ConfigValueKind.Integer => "whole number",
        _ => "string",
    };
}
