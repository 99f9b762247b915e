namespace AceStep.Songwriting;

/// <summary>A rule the linter runs: its id (e.g. <c>L1b</c>), the severity of its findings, what it checks and where.</summary>
public sealed record LintRuleInfo(string Id, LintSeverity Severity, LintTarget Target, string Title);
