using System.Globalization;

namespace AceStep.Simulator.CommandLine;

/// <summary>
/// Parses the command-line forms of response faults: <c>--fail-request PATH[,STATUS|text[,COUNT]]</c> and
/// <c>--malformed-json PATH[,COUNT]</c>. COUNT 0 means every request.
/// </summary>
internal static class ResponseFaultSyntax
{
    public static ResponseFault ParseFailure(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var status = parts.Length > 1 ? parts[1] : "500";
        var count = parts.Length > 2 ? ParseCount(parts[2], text) : 1;
        if (string.Equals(status, "text", StringComparison.OrdinalIgnoreCase))
        {
            return new ResponseFault(parts[0], ResponseFaultKind.PlainText500, 500, count);
        }

        if (!int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 400 or > 599)
        {
            throw new FormatException($"'{text}': the status must be 400–599 or 'text'.");
        }

        return new ResponseFault(parts[0], ResponseFaultKind.Status, code, count);
    }

    public static ResponseFault ParseMalformedJson(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return new ResponseFault(parts[0], ResponseFaultKind.MalformedJson, 200, parts.Length > 1 ? ParseCount(parts[1], text) : 1);
    }

    private static int ParseCount(string count, string text) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new FormatException($"'{text}': the count must be a whole number (0 = every request).");
}
