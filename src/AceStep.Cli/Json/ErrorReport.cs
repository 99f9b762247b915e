namespace AceStep.Cli.Json;

/// <summary>The document a failed --json run prints: <c>{"error": {...}}</c>.</summary>
internal sealed record ErrorReport(ErrorBody Error);
