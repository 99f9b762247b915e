namespace AceStep.Songwriting.Rules;

/// <summary>One rule: a stable id, one severity for all its findings, and the check.</summary>
internal abstract class LintRule
{
    public abstract string Id { get; }

    public abstract LintSeverity Severity { get; }

    public abstract LintTarget Target { get; }

    /// <summary>What the rule checks, in one line (shown in rule lists and docs).</summary>
    public abstract string Title { get; }

    public LintRuleInfo Info => new(Id, Severity, Target, Title);

    public abstract IEnumerable<LintFinding> Check(LintContext context);

    protected LintFinding At(int line, int column, string message, string fix) =>
        new(Id, Severity, LintTarget.Lyrics, line, column, message, fix);

    protected LintFinding InCaption(int? column, string message, string fix) =>
        new(Id, Severity, LintTarget.Caption, null, column, message, fix);

    protected LintFinding About(string message, string fix) =>
        new(Id, Severity, Target, null, null, message, fix);
}
