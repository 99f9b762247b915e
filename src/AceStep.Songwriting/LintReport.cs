namespace AceStep.Songwriting;

/// <summary>The result of linting a draft: the findings (errors first, then by place) and the duration estimate.</summary>
public sealed class LintReport
{
    public LintReport(IReadOnlyList<LintFinding> findings, DurationEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(estimate);
        Findings = findings;
        Estimate = estimate;
    }

    public IReadOnlyList<LintFinding> Findings { get; }

    public DurationEstimate Estimate { get; }

    public int Errors => Count(LintSeverity.Error);

    public int Warnings => Count(LintSeverity.Warning);

    public int Infos => Count(LintSeverity.Info);

    /// <summary>Clean when there is no error and no warning (information alone does not count).</summary>
    public LintOutcome Outcome => Errors > 0 ? LintOutcome.Errors : Warnings > 0 ? LintOutcome.Warnings : LintOutcome.Clean;

    /// <summary>
    /// Whether a generation pre-flight should stop: only in strict mode, and only for errors. Warnings never block; they
    /// are printed.
    /// </summary>
    public bool BlocksGeneration(bool strict) => strict && Errors > 0;

    public int Count(LintSeverity severity) => Findings.Count(finding => finding.Severity == severity);
}
