namespace AceStep.Songwriting;

/// <summary>How much a finding matters: errors make a request fail or sing the wrong thing, warnings degrade the song, info is advice.</summary>
public enum LintSeverity
{
    Info,
    Warning,
    Error,
}
