namespace AceStep.Songwriting;

/// <summary>The verdict a command maps to its exit code: info findings alone still count as clean.</summary>
public enum LintOutcome
{
    Clean,
    Warnings,
    Errors,
}
