using System.Globalization;
using System.Text;

namespace AceStep.Simulator.Wire;

/// <summary>
/// Turns compact JSON into what Python's <c>json.dumps</c> prints with its default separators (<c>", "</c> and
/// <c>": "</c>): the form of <c>/query_result</c>'s <c>result</c> strings and of streaming chat chunks.
/// </summary>
internal static class PythonJson
{
    /// <param name="compactJson">Valid compact JSON (no insignificant whitespace).</param>
    /// <param name="asciiOnly">true imitates <c>ensure_ascii=True</c>: every non-ASCII character becomes <c>\uXXXX</c>.</param>
    public static string FromCompact(string compactJson, bool asciiOnly)
    {
        var output = new StringBuilder(compactJson.Length + (compactJson.Length / 8));
        var inString = false;
        for (var i = 0; i < compactJson.Length; i++)
        {
            var c = compactJson[i];
            if (inString)
            {
                i = AppendStringCharacter(compactJson, i, output, asciiOnly, ref inString);
                continue;
            }

            output.Append(c);
            if (c == '"')
            {
                inString = true;
            }
            else if (c is ',' or ':')
            {
                output.Append(' ');
            }
        }

        return output.ToString();
    }

    private static int AppendStringCharacter(string json, int i, StringBuilder output, bool asciiOnly, ref bool inString)
    {
        var c = json[i];
        if (c == '"')
        {
            inString = false;
            output.Append(c);
            return i;
        }

        if (c == '\\')
        {
            var next = json[i + 1];
            if (next == 'u')
            {
                var decoded = (char)int.Parse(json.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                AppendUnicodeEscapeOrRaw(decoded, output, asciiOnly);
                return i + 5;
            }

            output.Append(c).Append(next);
            return i + 1;
        }

        AppendRaw(c, output, asciiOnly);
        return i;
    }

    /// <summary>The .NET encoder escapes some characters Python leaves raw (e.g. emoji surrogates); undo that where Python would.</summary>
    private static void AppendUnicodeEscapeOrRaw(char decoded, StringBuilder output, bool asciiOnly)
    {
        if (decoded < 0x20 || decoded == '"' || decoded == '\\')
        {
            AppendEscape(decoded, output);
            return;
        }

        AppendRaw(decoded, output, asciiOnly);
    }

    private static void AppendRaw(char c, StringBuilder output, bool asciiOnly)
    {
        if (asciiOnly && c > 0x7E)
        {
            AppendEscape(c, output);
            return;
        }

        output.Append(c);
    }

    private static void AppendEscape(char c, StringBuilder output) =>
        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
