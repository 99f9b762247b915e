namespace AceStep.Cli.Json;

/// <summary>The error object of a failed --json run.</summary>
internal sealed record ErrorBody(string Code, string Message, string? Hint, int ExitCode, string? JobId);
