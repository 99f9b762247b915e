namespace AceStep.Songwriting;

/// <summary>
/// One broken rule. <see cref="Line"/> and <see cref="Column"/> are 1-based: for lyrics both are set; for the caption
/// only <see cref="Column"/> (the character position in the caption) is set, when the finding points at a phrase;
/// metadata findings have neither.
/// </summary>
public sealed record LintFinding(
    string RuleId,
    LintSeverity Severity,
    LintTarget Target,
    int? Line,
    int? Column,
    string Message,
    string Fix)
{
    /// <summary>e.g. <c>lyrics:12:1: warning L3b: … (fix: …)</c> or <c>caption:18: warning C1: …</c>.</summary>
    public override string ToString()
    {
        var place = (Line, Column) switch
        {
            ({ } line, { } column) => $"{TargetName(Target)}:{line}:{column}",
            (null, { } column) => $"{TargetName(Target)}:{column}",
            _ => TargetName(Target),
        };
        return $"{place}: {SeverityName(Severity)} {RuleId}: {Message} (fix: {Fix})";
    }

    /// <summary>The lower-case name used in text and JSON output (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string SeverityName(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The snake_case name of the draft field used in text and JSON output (<c>key_scale</c>, <c>lyrics</c>…).</summary>
    public static string TargetName(LintTarget target) => target switch
    {
        LintTarget.Caption => "caption",
        LintTarget.Lyrics => "lyrics",
        LintTarget.Bpm => "bpm",
        LintTarget.KeyScale => "key_scale",
        LintTarget.TimeSignature => "time_signature",
        LintTarget.Duration => "duration",
        LintTarget.VocalLanguage => "vocal_language",
        _ => "instrumental",
    };
}
