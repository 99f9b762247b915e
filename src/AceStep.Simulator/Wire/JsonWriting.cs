using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AceStep.Simulator.Wire;

/// <summary>Utf8JsonWriter settings and number formatting that match what Python's json module prints.</summary>
internal static class JsonWriting
{
    /// <summary>FastAPI does not escape non-ASCII, '+', '&lt;' and the like; only quotes, backslashes and control characters.</summary>
    public static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes a float the way Python's repr does for ordinary values: 60 becomes 60.0, 0.52 stays 0.52.</summary>
    public static void WritePythonFloat(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        writer.WritePythonFloatValue(value);
    }

    public static void WritePythonFloatValue(this Utf8JsonWriter writer, double value) =>
        writer.WriteRawValue(FormatPythonFloat(value), skipInputValidation: true);

    public static string FormatPythonFloat(double value)
    {
        if (double.IsInteger(value) && Math.Abs(value) < 1e16)
        {
            return value.ToString("0.0", CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }
}
