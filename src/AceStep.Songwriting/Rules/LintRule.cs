namespace AceStep.Songwriting.Rules;

/// <summary>One rule: a stable id, one severity for all its findings, the part of the draft it is about, and the check.</summary>
/// <param name="title">What the rule checks, in one line (shown in rule lists and docs).</param>
internal abstract class LintRule(string id, LintSeverity severity, LintTarget target, string title)
{
    public string Id { get; } = id;

    public LintSeverity Severity { get; } = severity;

    public LintTarget Target { get; } = target;

    public LintRuleInfo Info => new(Id, Severity, Target, title);

    public abstract IEnumerable<LintFinding> Check(LintContext context);

    protected LintFinding At(int line, int column, string message, string fix) =>
        new(Id, Severity, LintTarget.Lyrics, line, column, message, fix);

    protected LintFinding InCaption(int? column, string message, string fix) =>
        new(Id, Severity, LintTarget.Caption, null, column, message, fix);

    protected LintFinding About(string message, string fix) =>
        new(Id, Severity, Target, null, null, message, fix);
}
