using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AceStep.Songwriting.Json;

/// <summary>
/// The report as JSON for agents (snake_case, like the rest of the tool's output):
/// <code>
/// {"outcome": "warnings", "counts": {"error": 0, "warning": 1, "info": 2},
///  "findings": [{"rule": "L3b", "severity": "warning", "target": "lyrics", "line": 9, "column": 1, "message": "…", "fix": "…"}],
///  "duration_estimate": {"seconds": 145, "minimum": 134, "maximum": 154, "bpm": 100, "bpm_assumed": true, "sung_lines": 28,
///                        "basis": "…", "sections": [{"name": "[Verse 1]", "line": 1, "role": "vocal", "sung_lines": 8, "seconds": 40.8, "minimum": 38.4, "maximum": 43.2}]}}
/// </code>
/// <c>line</c> and <c>column</c> are omitted where they do not apply (metadata; a caption finding has only <c>column</c>).
/// </summary>
public static class LintReportJson
{
    // Lyrics and messages quote Chinese, Japanese, Korean and typographic characters and "quoted" words: keep them
    // readable instead of \uXXXX. The document goes to a terminal, a file or an agent, never into HTML.
    private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Write(LintReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = ReadableEncoder }))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the report object at the writer's position (for documents that embed it, such as a generate result).</summary>
    public static void Write(Utf8JsonWriter writer, LintReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("outcome", OutcomeName(report.Outcome));
        writer.WriteStartObject("counts");
        writer.WriteNumber("error", report.Errors);
        writer.WriteNumber("warning", report.Warnings);
        writer.WriteNumber("info", report.Infos);
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("duration_estimate");
        WriteEstimate(writer, report.Estimate);
        writer.WriteEndObject();
    }

    /// <summary>The lower-case outcome name used in JSON (<c>clean</c>, <c>warnings</c>, <c>errors</c>).</summary>
    public static string OutcomeName(LintOutcome outcome) => outcome switch
    {
        LintOutcome.Errors => "errors",
        LintOutcome.Warnings => "warnings",
        _ => "clean",
    };

    public static void WriteEstimate(Utf8JsonWriter writer, DurationEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(estimate);
        writer.WriteStartObject();
        writer.WriteNumber("seconds", estimate.Seconds);
        writer.WriteNumber("minimum", estimate.Minimum);
        writer.WriteNumber("maximum", estimate.Maximum);
        writer.WriteNumber("bpm", estimate.Bpm);
        writer.WriteBoolean("bpm_assumed", estimate.BpmAssumed);
        writer.WriteNumber("sung_lines", estimate.SungLines);
        writer.WriteString("basis", estimate.Basis);
        writer.WriteStartArray("sections");
        foreach (var section in estimate.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("name", section.Name);
            writer.WriteNumber("line", section.Line);
            writer.WriteString("role", section.Role.ToString().ToLowerInvariant());
            writer.WriteNumber("sung_lines", section.SungLines);
            writer.WriteNumber("seconds", Math.Round(section.Seconds, 1));
            writer.WriteNumber("minimum", Math.Round(section.Minimum, 1));
            writer.WriteNumber("maximum", Math.Round(section.Maximum, 1));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, LintFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("severity", LintFinding.SeverityName(finding.Severity));
        writer.WriteString("target", LintFinding.TargetName(finding.Target));
        if (finding.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (finding.Column is { } column)
        {
            writer.WriteNumber("column", column);
        }

        writer.WriteString("message", finding.Message);
        writer.WriteString("fix", finding.Fix);
        writer.WriteEndObject();
    }
}
